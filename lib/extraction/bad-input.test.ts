import { describe, expect, it } from "vitest";
import { ExtractionInputError, extractClaims, type ClaimLanguage } from "./index";
import { MAX_ARTICLE_LENGTH } from "./prepare-input";

function expectInputError(run: () => unknown, reason: ExtractionInputError["reason"], message: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionInputError);
    expect((error as ExtractionInputError).reason).toBe(reason);
    expect((error as ExtractionInputError).message).toMatch(message);
    return;
  }
  throw new Error("expected an ExtractionInputError");
}

describe("unusable input gets a clear error", () => {
  it("refuses empty and whitespace-only text", () => {
    expectInputError(() => extractClaims(""), "EMPTY", /no words/);
    expectInputError(() => extractClaims("  \n\t \u00A0 "), "EMPTY", /no words/);
    expectInputError(() => extractClaims("!!! ... ؟؟"), "EMPTY", /no words/);
  });

  it("refuses binary content", () => {
    expectInputError(() => extractClaims("PK\u0003\u0004\u0000\u0000binary"), "BINARY", /binary/);
    const controls = Array.from({ length: 200 }, (_, i) => String.fromCharCode(1 + (i % 7)) + "x").join("");
    expectInputError(() => extractClaims(controls), "BINARY", /binary|encoding/);
    expectInputError(() => extractClaims("\uFFFD".repeat(50) + " text"), "BINARY", /encoding/);
  });

  it("refuses 10 MB of text quickly, naming the limit", () => {
    const huge = "قالت الوزارة إن 12 شخصاً أصيبوا. ".repeat(Math.ceil(10_000_000 / 33));
    expectInputError(() => extractClaims(huge), "TOO_LONG", new RegExp(MAX_ARTICLE_LENGTH.toLocaleString("en")));
  });

  it("refuses a value that is not a string and an unknown language", () => {
    expectInputError(() => extractClaims(undefined as unknown as string), "NOT_TEXT", /must be text/);
    expectInputError(() => extractClaims({} as unknown as string), "NOT_TEXT", /must be text/);
    expectInputError(() => extractClaims("نص عربي قصير هنا", { language: "de" as ClaimLanguage }), "UNKNOWN_LANGUAGE", /Unknown language/);
  });
});

describe("difficult but usable input gets sensible claims", () => {
  it("reads through HTML markup and keeps offsets into the original markup", () => {
    const html = '<html><head><style>p{color:red}</style><script>var x = "1. 2. 3.";</script></head><body><h1>Unemployment falls to record low</h1><p>The rate fell to <b>3.5%</b> in March, officials said.</p><!-- 99 comments --><p>Exports rose&nbsp;by 4%.</p></body></html>';
    const { claims } = extractClaims(html, { language: "en" });
    expect(claims.map((claim) => claim.normalizedText)).toEqual([
      "Unemployment falls to record low",
      "The rate fell to 3.5% in March, officials said",
      "Exports rose by 4%",
    ]);
    for (const claim of claims) {
      expect(html.slice(claim.start, claim.end)).toBe(claim.text);
      for (const entity of claim.entities) expect(html.slice(entity.start, entity.end)).toBe(entity.text);
    }
    expect(claims.flatMap((claim) => claim.entities).map((entity) => entity.text)).toContain("3.5%");
  });

  it("treats stray control characters as spaces", () => {
    const text = "The minister\u0007 announced 300 new jobs\u001b in March.";
    const { claims } = extractClaims(text, { language: "en" });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(text); // the span is the original text, control characters included
    expect(claims[0]!.normalizedText).toBe("The minister announced 300 new jobs in March");
  });

  it("handles mixed scripts in one sentence", () => {
    const text = "قال Emmanuel Macron إن فرنسا will invest 2 مليار euros في le Maroc سنة 2025.";
    const { claims } = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("handles a long article near the limit in reasonable time and without a hang", () => {
    const paragraph = "ويكاد التعاون أن يكون يومياً، وفق مصادر فرنسية، وهو ما تؤكده أحدث التدريبات التي أجريت الأسبوع الماضي.\n";
    const text = paragraph.repeat(Math.floor((MAX_ARTICLE_LENGTH - 1000) / paragraph.length));
    const { claims } = extractClaims(text);
    expect(claims.length).toBeGreaterThan(1000);
  });

  it("handles a single line with no punctuation at all", () => {
    const text = "كلمة ".repeat(50_000);
    const { claims } = extractClaims(text);
    for (const claim of claims) expect(claim.end - claim.start).toBeLessThanOrEqual(1200);
  });
});
