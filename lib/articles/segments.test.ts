import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentArticle } from "./segments";

describe("segmentArticle", () => {
  it("highlights claims and keeps the text between them", () => {
    const body = "أولاً. قال الوزير إن 12 شخصاً تدربوا. ثانياً.";
    const start = body.indexOf("قال");
    const end = body.indexOf(" ثانياً");
    const segments = segmentArticle(body, [{ id: "c1", start, end }]);
    expect(segments.map((s) => s.kind)).toEqual(["text", "claim", "text"]);
    expect(segments[1]!.text).toBe("قال الوزير إن 12 شخصاً تدربوا.");
  });

  it("never duplicates or drops a character, whatever the spans", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 6 }),
        (body, pairs) => {
          const claims = pairs.map(([a, b], i) => ({ id: String(i), start: Math.min(a, b), end: Math.max(a, b) }));
          const segments = segmentArticle(body, claims);
          expect(segments.map((s) => s.text).join("")).toBe(body);
          for (const s of segments) expect(body.slice(s.start, s.end)).toBe(s.text);
        },
      ),
    );
  });
});
