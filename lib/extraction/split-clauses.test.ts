import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";
import type { ClaimLanguage } from "./types";

const claimTexts = (text: string, language: ClaimLanguage) => extractClaims(text, { language }).claims.map((claim) => claim.text);

describe("atomic claims: splitting on clause connectives", () => {
  it("splits Arabic sentences at «، حيث» and «، كما», each piece with its own span and sentence index", () => {
    const text = "زار وزير الداخلية الفرنسي الرباط يوم الإثنين، حيث التقى نظيره المغربي لمدة ساعتين، كما وقع البلدان اتفاقية لمكافحة الهجرة غير النظامية.";
    const { claims } = extractClaims(text, { language: "ar" });
    expect(claims.map((claim) => claim.text)).toEqual([
      "زار وزير الداخلية الفرنسي الرباط يوم الإثنين",
      "حيث التقى نظيره المغربي لمدة ساعتين",
      "كما وقع البلدان اتفاقية لمكافحة الهجرة غير النظامية.",
    ]);
    expect(new Set(claims.map((claim) => claim.sentenceIndex))).toEqual(new Set([0]));
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("splits at «وهو ما» and «بل» without a comma", () => {
    expect(claimTexts("ارتفعت الأسعار بنسبة 5 في المئة وهو ما أكده البنك المركزي في تقريره الأخير.", "ar")).toEqual([
      "ارتفعت الأسعار بنسبة 5 في المئة",
      "وهو ما أكده البنك المركزي في تقريره الأخير.",
    ]);
    expect(claimTexts("لم تنخفض صادرات الفوسفات هذا العام بل ارتفعت بنسبة 12 في المئة مقارنة بالعام الماضي.", "ar")).toHaveLength(2);
  });

  it("keeps «لا يقتصر … فحسب، بل …» whole: the second half has no subject of its own", () => {
    expect(claimTexts("لا يقتصر التعاون على تبادل المعلومات فحسب، بل يمتد أيضاً إلى التكوين والتدريب المشترك.", "ar")).toHaveLength(1);
  });

  it("does not cut a frame clause («كما حدث …») from the clause that completes it («، حين …»)", () => {
    const texts = claimTexts(
      "وظل الحموشي حريصاً على تقاسم المعلومات مع الجانب الفرنسي، كما حدث عقب هجمات باريس سنة 2015، حين ساهمت معلومات مغربية في تحديد موقع أباعود.",
      "ar",
    );
    expect(texts).toEqual([
      "وظل الحموشي حريصاً على تقاسم المعلومات مع الجانب الفرنسي",
      "كما حدث عقب هجمات باريس سنة 2015، حين ساهمت معلومات مغربية في تحديد موقع أباعود.",
    ]);
  });

  it("merges a piece too short to check back into its neighbour", () => {
    expect(claimTexts("أعلنت الحكومة خطة جديدة لدعم الفلاحين المتضررين من الجفاف، حيث ذلك ضروري.", "ar")).toHaveLength(1);
  });

  it("splits English at ', while' and French at ', alors que'", () => {
    expect(claimTexts("Exports rose 4% in March to a record high, while imports fell by 2% over the same period.", "en")).toEqual([
      "Exports rose 4% in March to a record high",
      "while imports fell by 2% over the same period.",
    ]);
    expect(claimTexts("Le chômage a baissé à 7,1 % au premier trimestre, alors que les prix ont augmenté de 2 %.", "fr")).toEqual([
      "Le chômage a baissé à 7,1 % au premier trimestre",
      "alors que les prix ont augmenté de 2 %.",
    ]);
  });

  it("splits at a semicolon between two statements", () => {
    expect(claimTexts("The company hired 300 engineers in 2023; its rival cut 1,200 jobs in the same year.", "en")).toHaveLength(2);
  });

  it("does not split English 'not only … but'", () => {
    expect(claimTexts("The plan not only cut taxes for 2 million families, but also raised the minimum wage by 10%.", "en")).toHaveLength(1);
  });
});
