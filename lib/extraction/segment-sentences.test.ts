import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment-sentences";
import type { ClaimLanguage } from "./types";

const sentences = (text: string, language: ClaimLanguage) => segmentSentences(text, language).map(({ start, end }) => text.slice(start, end));

describe("segmentSentences — Arabic", () => {
  it("ends sentences at . ؟ ! and ؛ (which is trimmed, like a comma) but not at the Arabic comma", () => {
    expect(sentences("قال الوزير إن الوضع مستقر، وإن الأسعار لم ترتفع. هل هذا صحيح؟ نعم صحيح! ثم ماذا؛ لا شيء.", "ar")).toEqual([
      "قال الوزير إن الوضع مستقر، وإن الأسعار لم ترتفع.",
      "هل هذا صحيح؟",
      "نعم صحيح!",
      "ثم ماذا",
      "لا شيء.",
    ]);
  });

  it("splits a headline at «..» and ends it at the line break without a full stop", () => {
    expect(sentences("تعاون يومي.. باريس والرباط ترفعان التنسيق\nوقال مصدر إن التعاون مستمر.", "ar")).toEqual([
      "تعاون يومي..",
      "باريس والرباط ترفعان التنسيق",
      "وقال مصدر إن التعاون مستمر.",
    ]);
  });

  it("keeps a quotation with its speaker: a full stop inside «…» does not end the sentence", () => {
    expect(sentences("قال الوزير: «الوضع مستقر. سنواصل العمل» ثم غادر. وانتهى الاجتماع.", "ar")).toEqual([
      "قال الوزير: «الوضع مستقر. سنواصل العمل» ثم غادر.",
      "وانتهى الاجتماع.",
    ]);
  });

  it("ends the sentence after a closing quote that follows the full stop", () => {
    expect(sentences("قال: «انتهى الأمر.» ثم غادر القاعة.", "ar")).toEqual(["قال: «انتهى الأمر.»", "ثم غادر القاعة."]);
  });

  it("does not split decimals or the abbreviation «د.»", () => {
    expect(sentences("بلغ النمو 3.5 في المئة حسب د. محمد. وهذا رقم قياسي.", "ar")).toEqual([
      "بلغ النمو 3.5 في المئة حسب د. محمد.",
      "وهذا رقم قياسي.",
    ]);
  });
});

describe("segmentSentences — French and English", () => {
  it("does not end a sentence after M., Mme, Dr. or inside 3.5 and 1.000", () => {
    expect(sentences("M. Dupont et Mme Martin ont parlé. Le taux est de 3.5 pour 1.000 habitants. Fin.", "fr")).toEqual([
      "M. Dupont et Mme Martin ont parlé.",
      "Le taux est de 3.5 pour 1.000 habitants.",
      "Fin.",
    ]);
    expect(sentences("Dr. Smith met Mr. Jones on Jan. 5. They talked.", "en")).toEqual([
      "Dr. Smith met Mr. Jones on Jan. 5.",
      "They talked.",
    ]);
  });

  it("treats U.S. as an abbreviation mid-sentence and as an end before a sentence opener", () => {
    expect(sentences("The U.S. economy grew 3.5% last year. It was the best year in the U.S. The end.", "en")).toEqual([
      "The U.S. economy grew 3.5% last year.",
      "It was the best year in the U.S.",
      "The end.",
    ]);
  });

  it("ends a sentence at a closing double quote after the full stop", () => {
    expect(sentences('He said "prices fell." Then he left.', "en")).toEqual(['He said "prices fell."', "Then he left."]);
    expect(sentences("Il a dit « les prix ont baissé. » Puis il est parti.", "fr")).toEqual([
      "Il a dit « les prix ont baissé. »",
      "Puis il est parti.",
    ]);
  });

  it("keeps a headline without a full stop as its own sentence, and joins hard-wrapped lines", () => {
    expect(sentences("Unemployment falls to record low\nThe rate fell to 3.5% in\nthe spring, officials said.", "en")).toEqual([
      "Unemployment falls to record low",
      "The rate fell to 3.5% in\nthe spring, officials said.",
    ]);
    expect(sentences("The rate fell\nsharply in March.", "en")).toEqual(["The rate fell\nsharply in March."]);
  });

  it("does not end a sentence at an ellipsis followed by a lower-case word", () => {
    expect(sentences("And then... nothing happened. Later it rained.", "en")).toEqual(["And then... nothing happened.", "Later it rained."]);
  });

  it("cuts an endless sentence into bounded pieces at spaces", () => {
    const text = Array.from({ length: 1000 }, (_, i) => `word${i}`).join(" ");
    const pieces = segmentSentences(text, "en");
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.end - piece.start).toBeLessThanOrEqual(1200);
    expect(pieces.map(({ start, end }) => text.slice(start, end)).join(" ")).toBe(text);
  });
});
