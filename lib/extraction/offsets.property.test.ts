import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECK_WORTHY_THRESHOLD, ExtractionInputError, extractClaims, type ClaimLanguage, type ExtractionResult } from "./index";

/**
 * The offset invariant on random Unicode: whatever the article holds — astral characters, lone surrogates, combining
 * marks, RTL marks, markup, quotes — every claim and entity is exactly body.slice(start, end), spans are ordered and
 * inside the text, and the result is deterministic. Bad input may be refused, but only with ExtractionInputError.
 */

// Fragments that exercise the segmenter and the lexicons, mixed with arbitrary code units.
const newsFragment = fc.constantFrom(
  "قال الوزير", " إن ", "، حيث ", "، كما ", " وهو ما ", " بل ", "٣٥", "اثنا عشر", "سنة 2015", "«", "»", "“", "”", '"', ". ",
  "؟ ", "! ", "؛ ", "..", "\n", "\n\n", "M. ", "U.S. ", "3.5", "1,000", " and ", ", while ", " et ", "le ministre",
  "<p>", "</p>", "<b>", "&amp;", "#وسم", "@user", "https://t.co/x1", "\u200f", "\u0640", "\u064b", "😀", "👩‍👩‍👧",
  " ", "عبد اللطيف الحموشي", "Mr. Smith said", "بالمغرب", "12 فرداً", "%", "٪", "The", "Ministry", "of", "the ministry",
  "syndicat", "Alliance", "de", "l'", "President", "Joe", "in", "U.K.", "twenty", "-", "one", "quatre", "vingt", "The two",
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const articleUnit = fc.oneof(
  { weight: 6, arbitrary: newsFragment },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: anyCodeUnit },
);
const article = fc.array(articleUnit, { maxLength: 80 }).map((parts) => parts.join(""));
const language = fc.option(fc.constantFrom<ClaimLanguage>("ar", "fr", "en"), { nil: undefined });

function extractOrRefuse(body: string, lang: ClaimLanguage | undefined): ExtractionResult | undefined {
  try {
    return extractClaims(body, lang ? { language: lang } : {});
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionInputError);
    return undefined;
  }
}

describe("offset invariant (property)", () => {
  it("every claim and entity is body.slice(start, end), in order, inside the text; results are deterministic", () => {
    fc.assert(
      fc.property(article, language, (body, lang) => {
        const result = extractOrRefuse(body, lang);
        if (!result) return;
        let previousEnd = 0;
        let previousSentence = 0;
        for (const claim of result.claims) {
          expect(body.slice(claim.start, claim.end)).toBe(claim.text);
          expect(claim.start).toBeGreaterThanOrEqual(previousEnd);
          expect(claim.end).toBeGreaterThan(claim.start);
          expect(claim.end).toBeLessThanOrEqual(body.length);
          expect(claim.sentenceIndex).toBeGreaterThanOrEqual(previousSentence);
          expect(claim.score).toBeGreaterThanOrEqual(0);
          expect(claim.score).toBeLessThanOrEqual(1);
          expect(claim.checkWorthy).toBe(claim.score >= CHECK_WORTHY_THRESHOLD);
          for (const entity of claim.entities) {
            expect(body.slice(entity.start, entity.end)).toBe(entity.text);
            expect(entity.start).toBeGreaterThanOrEqual(claim.start);
            expect(entity.end).toBeLessThanOrEqual(claim.end);
          }
          previousEnd = claim.end;
          previousSentence = claim.sentenceIndex;
        }
        expect(extractOrRefuse(body, lang)).toEqual(result);
      }),
      { numRuns: 400, seed: 20250414 },
    );
  });

  it("never splits a surrogate pair at a claim boundary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("😀", "𝔸", "قال ", "الوزير ", ". ", "\n", "x"), { maxLength: 400 }), (parts) => {
        const body = parts.join("");
        const result = extractOrRefuse(body, undefined);
        for (const claim of result?.claims ?? []) {
          const first = claim.text.charCodeAt(0);
          const last = claim.text.charCodeAt(claim.text.length - 1);
          expect(first >= 0xdc00 && first <= 0xdfff).toBe(false);
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
