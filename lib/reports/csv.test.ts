import { describe, expect, it } from "vitest";

import { HOSTILE, hostileReport } from "./__fixtures__/hostile-report";
import { arabicArticleReport, collectionReport } from "./__fixtures__/sample-report";
import { CSV_COLUMNS, buildReportCsv, csvField, guardFormula } from "./csv";

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; anything else throws. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n") throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ",") {
      i += 1;
    } else if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
    }
  }
  if (row.length) throw new Error("last record not terminated by CRLF");
  return rows;
}

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function records(csv: string): Row[] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  return rows.map((r) => {
    expect(r).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!])) as Row;
  });
}

describe("buildReportCsv", () => {
  it("writes one row per claim, with a BOM, CRLF records and ISO dates", () => {
    const rows = records(buildReportCsv(arabicArticleReport()));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      claim_number: "1",
      review_state: "reviewed",
      quote: "انخفض معدل البطالة إلى 7 في المئة خلال عام 2024",
      rating: "MOSTLY_TRUE",
      rating_label: "صحيح في معظمه",
      rating_value: "5",
      best_rating: "6",
      worst_rating: "1",
      approved_by: "عمر الخطيب",
      approved_at: "2025-01-16T12:01:00.000Z",
      source_count: "2",
    });
    expect(rows[0]!.sources.split("\n")).toHaveLength(2);
    expect(rows[0]!.rationale).toContain("\n\n");
    expect(rows[3]).toMatchObject({ review_state: "pending", rating: "", rationale: "", source_count: "0" });
    expect(rows[4]).toMatchObject({ rating: "UNVERIFIABLE", rating_value: "", best_rating: "" });
  });

  it("leaves pending claims out on request and carries each claim's article in a collection", () => {
    expect(records(buildReportCsv(arabicArticleReport({ includePending: false })))).toHaveLength(4);
    const rows = records(buildReportCsv(collectionReport()));
    expect(rows.map((r) => r.article_title)).toEqual([
      rows[0]!.article_title,
      rows[0]!.article_title,
      "Minister says wheat exports doubled",
    ]);
  });

  it("round-trips quotes, commas, newlines and RTL marks through an RFC 4180 parser", () => {
    const [row] = records(buildReportCsv(hostileReport()));
    expect(row!.quote).toBe(HOSTILE.quote);
    expect(row!.rationale).toBe(HOSTILE.rationale);
    expect(row!.approved_by).toBe(HOSTILE.name);
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const [row] = records(buildReportCsv(hostileReport()));
    expect(row!.normalized_text).toBe(`'${HOSTILE.normalized}`);
    expect(row!.sources.startsWith(`'${HOSTILE.publisher} | ${HOSTILE.sourceTitle}`)).toBe(true);
    expect(guardFormula("-5% growth")).toBe("'-5% growth");
    expect(guardFormula("@SUM(1)")).toBe("'@SUM(1)");
    expect(guardFormula("\u200F=1+1")).toBe("'\u200F=1+1");
    expect(guardFormula("  +1")).toBe("'  +1");
    expect(guardFormula("\tx")).toBe("'\tx");
    expect(guardFormula("ارتفع 5-6%")).toBe("ارتفع 5-6%");
    expect(csvField(-1)).toBe("-1");
  });
});
