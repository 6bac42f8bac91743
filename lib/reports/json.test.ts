import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

import { HOSTILE, hostileReport } from "./__fixtures__/hostile-report";
import { arabicArticleReport, collectionReport } from "./__fixtures__/sample-report";
import { REPORT_JSON_SCHEMA_VERSION, buildReportJson, type ReportJson } from "./json";
import schema from "./report.schema.json";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function parse(data: Parameters<typeof buildReportJson>[0]): ReportJson {
  const json = buildReportJson(data);
  const parsed = JSON.parse(json) as ReportJson;
  if (!validate(parsed)) throw new Error(ajv.errorsText(validate.errors));
  return parsed;
}

describe("buildReportJson", () => {
  it("matches the documented schema for article reports, collections and hostile text", () => {
    parse(arabicArticleReport());
    parse(arabicArticleReport({ includePending: false }));
    parse(collectionReport());
    parse(hostileReport());
  });

  it("carries the schema version, summary and claims in article order", () => {
    const report = parse(arabicArticleReport());
    expect(report.schemaVersion).toBe(REPORT_JSON_SCHEMA_VERSION);
    expect(report).toMatchObject({ kind: "article", locale: "ar", direction: "rtl", status: "PUBLISHED" });
    expect(report.summary).toMatchObject({ total: 5, reviewed: 4, pending: 1 });
    expect(report.claims.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(report.claims[0]?.verdict).toMatchObject({ rating: "MOSTLY_TRUE", ratingLabel: "صحيح في معظمه", ratingValue: 5 });
    expect(report.claims[3]).toMatchObject({ reviewState: "pending", verdict: null, sources: [] });
    expect(report.claims[4]?.verdict?.ratingValue).toBeNull();
    expect(report.article?.publishedAt).toBe("2025-01-14T08:30:00.000Z");
  });

  it("lists a collection's articles once and links claims to them", () => {
    const report = parse(collectionReport());
    expect(report.article).toBeNull();
    expect(report.collection?.title).toBe("Fact-checks, January–February 2025");
    expect(report.articles).toHaveLength(2);
    expect(report.claims[2]?.articleId).toBe(report.articles[1]?.id);
  });

  it("gives back exactly the text that went in", () => {
    const [claim] = parse(hostileReport()).claims;
    expect(claim?.quote).toBe(HOSTILE.quote);
    expect(claim?.normalizedText).toBe(HOSTILE.normalized);
    expect(claim?.verdict?.rationale).toBe(HOSTILE.rationale);
    expect(claim?.sources[0]).toMatchObject({ title: HOSTILE.sourceTitle, publisher: HOSTILE.publisher, url: HOSTILE.badUrl });
  });

  it("has a schema that actually rejects broken exports", () => {
    const report = parse(arabicArticleReport());
    expect(validate({ ...report, claims: [{ ...report.claims[3], verdict: report.claims[0]?.verdict }] })).toBe(false);
    expect(validate({ ...report, schemaVersion: "2.0" })).toBe(false);
    const withoutSummary: Record<string, unknown> = { ...report };
    delete withoutSummary.summary;
    expect(validate(withoutSummary)).toBe(false);
  });
});
