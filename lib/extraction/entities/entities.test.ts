import { describe, expect, it } from "vitest";
import { extractClaims } from "../index";
import type { ClaimEntity, ClaimLanguage, EntityKind } from "../types";
import { combineNumberWords, parseDigits, toAsciiDigits } from "./parse-number";

function entitiesOf(text: string, language: ClaimLanguage): ClaimEntity[] {
  const { claims } = extractClaims(text, { language });
  const entities = claims.flatMap((claim) => claim.entities);
  for (const entity of entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
  return entities;
}
const ofKind = (entities: ClaimEntity[], kind: EntityKind) => entities.filter((entity) => entity.kind === kind);

describe("number parsing", () => {
  it("reads Arabic-Indic, Persian and Western digits", () => {
    expect(toAsciiDigits("٣٥ و۳۵")).toBe("35 و35");
    expect(parseDigits("٣٥", "ar")).toBe(35);
    expect(parseDigits("35", "ar")).toBe(35);
    expect(parseDigits("٣٫٥", "ar")).toBe(3.5);
    expect(parseDigits("١٬٢٠٠", "ar")).toBe(1200);
  });

  it("knows which separator is decimal in each language", () => {
    expect(parseDigits("3.5", "en")).toBe(3.5);
    expect(parseDigits("1,000", "en")).toBe(1000);
    expect(parseDigits("3,5", "fr")).toBe(3.5);
    expect(parseDigits("1.000", "fr")).toBe(1000);
    expect(parseDigits("1,000,000", "en")).toBe(1_000_000);
    expect(parseDigits("1.234,5", "fr")).toBe(1234.5);
  });

  it("combines number words", () => {
    expect(combineNumberWords([2, 10], "ar")).toBe(12); // اثنا عشر
    expect(combineNumberWords([3, 20], "ar")).toBe(23); // ثلاثة وعشرون
    expect(combineNumberWords([4, 20], "ar")).toBe(24); // أربعة وعشرون — not the French 80
    expect(combineNumberWords([3, 1000], "ar")).toBe(3000);
    expect(combineNumberWords([2, 100, 50], "en")).toBe(250);
    expect(combineNumberWords([4, 20, 10], "fr")).toBe(90); // quatre-vingt-dix
  });
});

describe("NUMBER entities in claims", () => {
  it("finds ٣٥, 35 and «اثنا عشر» with their values", () => {
    const entities = entitiesOf("سجلت الوزارة ٣٥ إصابة جديدة و35 حالة شفاء، وأُدخل اثنا عشر مريضاً إلى العناية المركزة.", "ar");
    const numbers = ofKind(entities, "NUMBER");
    expect(numbers.map((entity) => [entity.text, entity.value])).toEqual([
      ["٣٥", 35],
      ["35", 35],
      ["اثنا عشر", 12],
    ]);
  });

  it("multiplies by a scale word and keeps the percent sign in the span", () => {
    const entities = entitiesOf("The government spent $2.5 billion, and unemployment fell to 3.5% last year.", "en");
    expect(ofKind(entities, "NUMBER").map((entity) => [entity.text, entity.value])).toEqual([
      ["2.5 billion", 2_500_000_000],
      ["3.5%", 3.5],
    ]);
    const arabic = entitiesOf("وقّعت الحكومة عقداً بقيمة 3 ملايين دولار لرفع النسبة إلى ٤٥٪ هذا العام.", "ar");
    expect(ofKind(arabic, "NUMBER").map((entity) => [entity.text, entity.value])).toEqual([
      ["3 ملايين", 3_000_000],
      ["٤٥٪", 45],
    ]);
  });

  it("reads French grouped thousands and number words", () => {
    const entities = entitiesOf("Le gouvernement a créé 90 000 emplois et formé douze sauveteurs en 2024.", "fr");
    expect(ofKind(entities, "NUMBER").map((entity) => [entity.text, entity.value])).toEqual([
      ["90 000", 90_000],
      ["douze", 12],
    ]);
  });

  it("does not take digits inside names or links for quantities", () => {
    const entities = entitiesOf("وزارة الصحة تطلق حملة التطعيم ضد كوفيد-19 بلقاح AZD1222 https://t.co/x7Yb2 اليوم.", "ar");
    expect(ofKind(entities, "NUMBER")).toEqual([]);
  });
});

describe("DATE, PERSON, ORGANIZATION and PLACE entities", () => {
  it("finds dates: a year after «سنة», a day and month, a relative date", () => {
    const entities = entitiesOf("نشر المقال بتاريخ 14 أبريل بعد هجمات سنة 2015، وأجريت التدريبات الأسبوع الماضي في الرباط.", "ar");
    expect(ofKind(entities, "DATE").map((entity) => entity.text)).toEqual(["بتاريخ 14 أبريل", "سنة 2015", "الأسبوع الماضي"]);
    expect(ofKind(entities, "PLACE").map((entity) => entity.text)).toEqual(["الرباط"]);
  });

  it("finds Arabic people and organisations, without the glued preposition", () => {
    const entities = entitiesOf("ويتعلق الأمر بعبد اللطيف الحموشي، وقالت وزارة الصحة الروسية إن الملك محمد السادس استقبل وزير الداخلية الفرنسي برونو ريتيليو بالمغرب.", "ar");
    expect(ofKind(entities, "PERSON").map((entity) => entity.text)).toEqual(["عبد اللطيف الحموشي", "محمد السادس", "برونو ريتيليو"]);
    expect(ofKind(entities, "ORGANIZATION").map((entity) => entity.text)).toEqual(["وزارة الصحة الروسية"]);
    expect(ofKind(entities, "PLACE").map((entity) => entity.text)).toEqual(["المغرب"]);
  });

  it("finds English and French names by capitalisation, titles and head nouns", () => {
    const english = entitiesOf("The U.S. State Department said Mr. Smith met President Joe Biden in Paris.", "en");
    expect(english.map((entity) => `${entity.kind}:${entity.text}`)).toEqual([
      "PLACE:U.S",
      "ORGANIZATION:State Department",
      "PERSON:Smith",
      "PERSON:Joe Biden",
      "PLACE:Paris",
    ]);
    const french = entitiesOf("M. Dupont a rencontré le syndicat Alliance et la Banque de France à Marseille.", "fr");
    expect(french.map((entity) => `${entity.kind}:${entity.text}`)).toEqual([
      "PERSON:Dupont",
      "ORGANIZATION:syndicat Alliance",
      "ORGANIZATION:Banque de France",
      "PLACE:Marseille",
    ]);
  });
});
