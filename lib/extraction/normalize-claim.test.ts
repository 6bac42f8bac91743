import { describe, expect, it } from "vitest";
import { extractClaims } from "./index";
import { MAX_NORMALIZED_LENGTH } from "./normalize-claim";
import type { ClaimLanguage } from "./types";

const normalized = (text: string, language: ClaimLanguage) => extractClaims(text, { language }).claims.map((claim) => claim.normalizedText);

describe("normalizedText", () => {
  it("removes leading Arabic connectives «و», «كما», «حيث» and the trailing full stop", () => {
    expect(normalized("ويؤكد الوزير أن الأسعار مستقرة منذ شهرين.", "ar")).toEqual(["يؤكد الوزير أن الأسعار مستقرة منذ شهرين"]);
    expect(normalized("زار الوزير مدينة طنجة يوم السبت، حيث افتتح مستشفى جديداً بسعة 200 سرير.", "ar")).toEqual([
      "زار الوزير مدينة طنجة يوم السبت",
      "افتتح مستشفى جديداً بسعة 200 سرير",
    ]);
    expect(normalized("كما أعلنت الوزارة عن توظيف 500 طبيب هذا العام.", "ar")).toEqual(["أعلنت الوزارة عن توظيف 500 طبيب هذا العام"]);
  });

  it("never strips the «و» that belongs to the word («وزير», «وزارة»)", () => {
    expect(normalized("وزارة الصحة سجلت 35 إصابة جديدة أمس.", "ar")).toEqual(["وزارة الصحة سجلت 35 إصابة جديدة أمس"]);
  });

  it("removes 'and' / 'et' and capitalises the new first word", () => {
    expect(normalized("And the rate fell to 3% in May.", "en")).toEqual(["The rate fell to 3% in May"]);
    expect(normalized("Et le taux a baissé à 3 % en mai.", "fr")).toEqual(["Le taux a baissé à 3 % en mai"]);
  });

  it("collapses spaces and line breaks and removes tatweel and invisible marks", () => {
    expect(normalized("أعلنت   الحكومـــة\u200f عن\tخطة  جديدة لدعم الفلاحين.", "ar")).toEqual(["أعلنت الحكومة عن خطة جديدة لدعم الفلاحين"]);
  });

  it("stays short: long claims are cut at a word boundary with an ellipsis", () => {
    const long = `أعلنت الحكومة ${"عن برنامج واسع لدعم الفلاحين ".repeat(20)}في المناطق الجبلية.`;
    const [value] = normalized(long, "ar");
    expect(value!.length).toBeLessThanOrEqual(MAX_NORMALIZED_LENGTH);
    expect(value!.endsWith("…")).toBe(true);
    expect(long.includes(value!.slice(0, -1).trim())).toBe(true);
  });
});
