import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { areAdjacent, excerptAround, normalizeClaimText, resolveSpan, sentenceIndexAt } from "./spans";

function code(fn: () => unknown) {
  try {
    fn();
    return "ok";
  } catch (error) {
    return isAppError(error) ? error.code : "unexpected";
  }
}

describe("resolveSpan", () => {
  const body = "قال الوزير:  إن النمو بلغ 5%.\nوأضاف أن 😀 رمز.";

  it("trims edge whitespace by moving offsets, so body.slice(start, end) is the text", () => {
    const start = body.indexOf("إن") - 2;
    const end = body.indexOf("5%.") + 4; // includes the line break
    const span = resolveSpan(body, start, end);
    expect(span.text).toBe("إن النمو بلغ 5%.");
    expect(body.slice(span.start, span.end)).toBe(span.text);
  });

  it("refuses out-of-bounds, empty, blank and reversed selections", () => {
    expect(code(() => resolveSpan(body, -1, 3))).toBe("BAD_REQUEST");
    expect(code(() => resolveSpan(body, 0, body.length + 1))).toBe("BAD_REQUEST");
    expect(code(() => resolveSpan(body, 4, 4))).toBe("BAD_REQUEST");
    expect(code(() => resolveSpan(body, 5, 4))).toBe("BAD_REQUEST");
    const gap = body.indexOf("  ");
    expect(code(() => resolveSpan(body, gap, gap + 2))).toBe("BAD_REQUEST");
  });

  it("refuses offsets that cut a surrogate pair", () => {
    const emoji = body.indexOf("😀");
    expect(code(() => resolveSpan(body, emoji + 1, emoji + 4))).toBe("BAD_REQUEST");
    expect(code(() => resolveSpan(body, emoji - 3, emoji + 1))).toBe("BAD_REQUEST");
    expect(resolveSpan(body, emoji, emoji + 2).text).toBe("😀");
  });

  it("always returns an exact, non-blank, edge-trimmed span (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = b % (text.length + 1);
        let span;
        try {
          span = resolveSpan(text, start, end);
        } catch (error) {
          return isAppError(error) && error.code === "BAD_REQUEST";
        }
        return (
          text.slice(span.start, span.end) === span.text &&
          span.text.trim().length > 0 &&
          !/^\s|\s$/u.test(span.text) &&
          span.start >= start &&
          span.end <= end
        );
      }),
    );
  });
});

describe("sentenceIndexAt", () => {
  it("counts Latin and Arabic sentence ends and line breaks before the offset", () => {
    const body = "الجملة الأولى. الثانية؟ الثالثة\nالرابعة";
    expect(sentenceIndexAt(body, 0)).toBe(0);
    expect(sentenceIndexAt(body, body.indexOf("الثانية"))).toBe(1);
    expect(sentenceIndexAt(body, body.indexOf("الثالثة"))).toBe(2);
    expect(sentenceIndexAt(body, body.indexOf("الرابعة"))).toBe(3);
  });

  it("does not count a decimal point", () => {
    expect(sentenceIndexAt("نما 2.5 في المئة وقال", 18)).toBe(0);
  });
});

describe("areAdjacent", () => {
  const body = "أولاً، ثانياً و ثالثاً";
  it("accepts only whitespace and punctuation between the spans", () => {
    expect(areAdjacent(body, { end: 5 }, { start: 7 })).toBe(true); // "، "
    expect(areAdjacent(body, { end: 5 }, { start: 5 })).toBe(true);
    expect(areAdjacent(body, { end: 13 }, { start: 16 })).toBe(false); // " و "
    expect(areAdjacent(body, { end: 7 }, { start: 5 })).toBe(false); // overlapping
  });
});

describe("normalizeClaimText and excerptAround", () => {
  it("collapses whitespace", () => {
    expect(normalizeClaimText("  a\n\n b\tc ")).toBe("a b c");
  });

  it("gives the quote with context cut at word boundaries", () => {
    const body = "one two three four five six seven";
    const start = body.indexOf("four");
    const excerpt = excerptAround(body, { start, end: start + 4 }, 6);
    expect(excerpt.quote).toBe("four");
    expect(excerpt.before + excerpt.quote + excerpt.after).toBe(body.slice(body.indexOf("three"), body.indexOf(" six")));
    expect(excerpt.truncatedStart && excerpt.truncatedEnd).toBe(true);
  });
});
