import { describe, expect, it } from "vitest";

import { arabicArticleReport, collectionReport } from "./__fixtures__/sample-report";
import { prepareReport, safeHttpUrl } from "./model";

describe("prepareReport", () => {
  it("counts verdicts by rating and pending claims", () => {
    const report = prepareReport(arabicArticleReport());
    expect(report.summary).toMatchObject({ total: 5, reviewed: 4, pending: 1 });
    expect(report.summary.byRating).toMatchObject({ MOSTLY_TRUE: 1, FALSE: 1, MISLEADING: 1, UNVERIFIABLE: 1, TRUE: 0 });
    expect(report.dir).toBe("rtl");
  });

  it("leaves pending claims out on request", () => {
    const report = prepareReport(arabicArticleReport({ includePending: false }));
    expect(report.claims.map((c) => c.number)).toEqual([1, 2, 3, 5]);
    expect(report.summary.pending).toBe(0);
  });

  it("shows a verdict only when the workflow status says it was approved (fails closed)", () => {
    const data = arabicArticleReport();
    data.claims[0] = { ...data.claims[0]!, status: "IN_REVIEW" };
    const [first] = prepareReport(data).claims;
    expect(first?.verdict).toBeNull();
    expect(first?.sources).toEqual([]);
  });

  it("drops dismissed claims and sorts an article's claims by position", () => {
    const data = arabicArticleReport();
    data.claims = [...data.claims].reverse();
    data.claims[0] = { ...data.claims[0]!, status: "DISMISSED" };
    expect(prepareReport(data).claims.map((c) => c.number)).toEqual([1, 2, 3, 4]);
  });

  it("numbers a collection in the given order and lists every article once", () => {
    const report = prepareReport(collectionReport());
    expect(report.claims.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(report.articles.map((a) => a.language)).toEqual(["ar", "en"]);
  });

  it("keeps only corrections of claims in the report, oldest first", () => {
    const data = arabicArticleReport();
    const at = (d: string) => new Date(d);
    data.corrections = [
      { claimId: data.claims[1]!.id, note: "b", at: at("2025-02-02"), previousRating: "MIXED", rating: "FALSE" },
      { claimId: data.claims[1]!.id, note: "a", at: at("2025-02-01"), previousRating: "TRUE", rating: "MIXED" },
      { claimId: "not-in-report", note: "x", at: at("2025-02-01"), previousRating: "TRUE", rating: "FALSE" },
    ];
    const report = prepareReport(data);
    expect(report.corrections.map((c) => c.note)).toEqual(["a", "b"]);
    expect(report.claims[1]?.corrections).toHaveLength(2);
  });
});

describe("safeHttpUrl", () => {
  it("accepts http(s) only", () => {
    expect(safeHttpUrl("https://a.example/x y")).toBe("https://a.example/x%20y");
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,<b>")).toBeNull();
    expect(safeHttpUrl("not a url")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
