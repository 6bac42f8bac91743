import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_WORTHY_THRESHOLD, extractClaims } from "./index";

// The acceptance fixture of issue 3 (a copy of ../shared/seed-article.ar.txt kept in the repository).
const body = readFileSync(path.join(__dirname, "..", "..", "tests", "fixtures", "seed-article.ar.txt"), "utf8");
const result = extractClaims(body);
const claimWith = (...words: string[]) => result.claims.filter((claim) => words.every((word) => claim.text.includes(word)));

describe("seed article (acceptance)", () => {
  it("is detected as right-to-left Arabic", () => {
    expect(result.language).toBe("ar");
    expect(result.direction).toBe("RTL");
  });

  it("anchors every claim to its exact span", () => {
    for (const claim of result.claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("has a check-worthy claim: 12 civil-protection staff trained in search and rescue by French experts", () => {
    const [claim, ...others] = claimWith("12 فرداً", "الحماية المدنية", "خبراء فرنسيين");
    expect(others).toHaveLength(0);
    expect(claim).toBeDefined();
    const expected = "وهو ما تؤكده أحدث التدريبات التي أجريت الأسبوع الماضي، وشهدت تكوين 12 فرداً من موظفي الحماية المدنية المغربية على تقنيات البحث والإنقاذ تحت الأنقاض، تحت إشراف خبراء فرنسيين متخصصين.";
    expect(claim!.text).toBe(expected);
    expect(claim!.start).toBe(body.indexOf(expected));
    expect(claim!.end).toBe(body.indexOf(expected) + expected.length);
    expect(claim!.checkWorthy).toBe(true);
    expect(claim!.entities).toContainEqual(expect.objectContaining({ kind: "NUMBER", text: "12", value: 12 }));
    expect(claim!.reasons.map((reason) => reason.code)).toContain("number");
    // The opening "almost daily, per French sources" is a different statement and a different claim.
    expect(claim!.text).not.toContain("يومياً");
  });

  it("has a separate check-worthy claim: Moroccan intelligence helped locate Abaaoud after the 2015 Bataclan attacks", () => {
    const [claim, ...others] = claimWith("عبد الحميد أباعود");
    expect(others).toHaveLength(0);
    const expected = "كما حدث عقب هجمات باتاكلان في باريس سنة 2015، حين ساهمت معلومات استخباراتية مغربية في تحديد موقع العقل المدبر للهجوم عبد الحميد أباعود.";
    expect(claim!.text).toBe(expected);
    expect(body.slice(claim!.start, claim!.end)).toBe(expected);
    expect(claim!.text).toContain("باتاكلان");
    expect(claim!.text).toContain("2015");
    expect(claim!.text).not.toContain("بيغاسوس");
    expect(claim!.checkWorthy).toBe(true);
    expect(claim!.normalizedText.startsWith("حدث عقب")).toBe(true); // «كما» removed
    expect(claim!.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "PERSON", text: "عبد الحميد أباعود" }),
        expect.objectContaining({ kind: "DATE", text: "سنة 2015" }),
        expect.objectContaining({ kind: "PLACE", text: "باريس" }),
      ]),
    );
    const pegasus = claimWith("بيغاسوس")[0];
    expect(pegasus).toBeDefined();
    expect(pegasus).not.toBe(claim);
  });

  it("scores the closing opinion sentence below the threshold, with the opinion named as a reason", () => {
    const [opinion] = claimWith("هذا النموذج من التنسيق الأمني", "يعكس فهماً مشتركاً");
    expect(opinion).toBeDefined();
    expect(opinion!.score).toBeLessThan(CHECK_WORTHY_THRESHOLD);
    expect(opinion!.checkWorthy).toBe(false);
    expect(opinion!.reasons).toContainEqual(expect.objectContaining({ code: "opinion", evidence: "يعكس" }));
  });

  it("explains the sourced claim with the source's words", () => {
    const [claim] = claimWith("أوروبا 1");
    expect(claim!.reasons).toContainEqual(expect.objectContaining({ code: "attributed", evidence: expect.stringContaining("حسب ما أوردته إذاعة أوروبا 1") }));
    expect(claim!.entities).toContainEqual(expect.objectContaining({ kind: "PERSON", text: "عبد اللطيف الحموشي" }));
    expect(claim!.entities).toContainEqual(expect.objectContaining({ kind: "DATE", text: "بتاريخ 14 أبريل" }));
  });

  it("flags the announced visit as a prediction and the hedged sentence as hedged", () => {
    const [visit] = claimWith("سيلتقي");
    expect(visit!.type).toBe("PREDICTION");
    const [hedged] = claimWith("يبدو أن");
    expect(hedged!.reasons).toContainEqual(expect.objectContaining({ code: "hedged", evidence: "يبدو أن" }));
  });

  it("keeps claims in article order and the headline as its own sentence", () => {
    const starts = result.claims.map((claim) => claim.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // «..» separates the two halves of the headline; the span keeps it, the normalised text drops it.
    expect(result.claims[0]!.text).toBe("تعاون يومي وتدريب مشترك..");
    expect(result.claims[0]!.normalizedText).toBe("تعاون يومي وتدريب مشترك");
    expect(result.claims[0]!.sentenceIndex).toBe(0);
    expect(result.claims[1]!.text).toBe("باريس والرباط ترفعان منسوب التنسيق الأمني");
  });

  it("is deterministic", () => {
    expect(extractClaims(body)).toEqual(result);
  });
});
