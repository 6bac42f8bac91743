import { describe, expect, it } from "vitest";
import { describeReason } from "./index";
import { REASON_CODE } from "./scoring/score-claim";

describe("describeReason", () => {
  it("says a reason in English and Arabic, with its evidence", () => {
    expect(describeReason({ code: "number", weight: 0.2, evidence: "12" }, "en")).toBe("contains a number: 12");
    expect(describeReason({ code: "number", weight: 0.2, evidence: "12" }, "ar")).toBe("يحتوي على رقم: 12");
    expect(describeReason({ code: "attributed", weight: 0.15, evidence: "حسب ما أوردته إذاعة أوروبا 1" }, "en")).toBe(
      "attributed: حسب ما أوردته إذاعة أوروبا 1",
    );
    expect(describeReason({ code: "hedged", weight: -0.1, evidence: "يبدو أن" }, "ar")).toBe("صياغة متحفظة: يبدو أن");
  });

  it("has words for every reason code the scorer emits, in both languages", () => {
    for (const code of Object.values(REASON_CODE)) {
      // An Arabic message exists only when the code has an entry (the fallback would be the Latin code itself).
      expect(describeReason({ code, weight: 0 }, "ar")).toMatch(/[\u0600-\u06FF]/);
      expect(describeReason({ code, weight: 0 }, "en")).toMatch(/^[a-z]/);
    }
  });

  it("falls back to the code for a reason it does not know", () => {
    expect(describeReason({ code: "something_new", weight: 0 }, "en")).toBe("something_new");
  });
});
