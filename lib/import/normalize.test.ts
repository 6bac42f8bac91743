import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, detectDirection, normalizeArticleText } from "./normalize";

describe("normalizeArticleText", () => {
  it("turns CRLF and CR into LF", () => {
    expect(normalizeArticleText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
  });

  it("composes to NFC", () => {
    expect(normalizeArticleText("cafe\u0301")).toBe("caf\u00e9");
  });

  it("strips control characters but keeps newlines and tabs", () => {
    expect(normalizeArticleText("a\u0000b\u0007c\u007f\u0085d\te\u009bf")).toBe("abc\nd\tef");
  });

  it("collapses runs of blank (or whitespace-only) lines into one blank line", () => {
    expect(normalizeArticleText("para one\n\n\n \t\n\npara two\n \npara three")).toBe("para one\n\npara two\n\npara three");
  });

  it("trims the whole text but keeps inner spacing and Arabic joiners exactly", () => {
    const arabic = "قال الوزير\u200c إن  البطالة انخفضت";
    expect(normalizeArticleText(`\uFEFF  \n${arabic}\n\n`)).toBe(arabic);
  });

  it("replaces lone surrogates, which PostgreSQL cannot store", () => {
    expect(normalizeArticleText("a\uD800b")).toBe("a\uFFFDb");
    expect(normalizeArticleText("😀")).toBe("😀");
  });

  it("is idempotent, so offsets into stored text never move", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (raw) => {
        const once = normalizeArticleText(raw);
        expect(normalizeArticleText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on text built from the characters it treats specially", () => {
    // An array, not a string spread: spreading would pair the two surrogates into one valid character.
    const special = fc.constantFrom(
      ...["\r", "\n", "\t", "\v", "\f", " ", "\u00a0", "\u0000", "\u0001", "\u0085", "\u2028", "\u2029", "\ufeff"],
      ...["\ud800", "\udc00", "e", "\u0301", "\u0627", "\u0654"],
    );
    fc.assert(
      fc.property(fc.array(special, { maxLength: 40 }), (chars) => {
        const once = normalizeArticleText(chars.join(""));
        expect(normalizeArticleText(once)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it("is idempotent for text mixing accents with controls", () => {
    const once = normalizeArticleText("e\u0001\u0301 \r\n\u000b\n x");
    expect(normalizeArticleText(once)).toBe(once);
    expect(once).toBe("\u00e9 \n\n x");
  });
});

describe("contentHash", () => {
  it("is the sha256 hex of the normalised text", () => {
    // sha256("abc")
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("treats texts that normalise alike as duplicates", () => {
    expect(contentHash("line\r\nnext\n\n\n")).toBe(contentHash("line\nnext"));
    expect(contentHash("line one")).not.toBe(contentHash("line two"));
  });
});

describe("detectDirection", () => {
  it("is RTL for Arabic, with or without a region", () => {
    expect(detectDirection("ar")).toBe("RTL");
    expect(detectDirection("ar-EG")).toBe("RTL");
    expect(detectDirection("AR")).toBe("RTL");
  });

  it("is LTR otherwise", () => {
    expect(detectDirection("en")).toBe("LTR");
    expect(detectDirection("fr-FR")).toBe("LTR");
    expect(detectDirection(undefined)).toBe("LTR");
    expect(detectDirection("arn")).toBe("LTR");
  });
});
