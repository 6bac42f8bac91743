import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, extractClaims } from "./index";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");

describe("detectLanguage", () => {
  it("recognises Arabic by script, even with Latin names, digits and links", () => {
    expect(detectLanguage("قالت وزارة الصحة إن 35 حالة سجلت في Paris حسب https://t.co/abcDEF")).toBe("ar");
  });

  it("tells French from English by function words", () => {
    expect(detectLanguage(fixture("news.fr.txt"))).toBe("fr");
    expect(detectLanguage(fixture("news.en.txt"))).toBe("en");
    expect(detectLanguage("Le ministre a annoncé la création de postes dans la police.")).toBe("fr");
    expect(detectLanguage("The minister announced new jobs in the police.")).toBe("en");
    expect(detectLanguage("L'État a dépensé 3 milliards d'euros")).toBe("fr");
  });

  it("falls back on French-only letters for a headline without function words", () => {
    expect(detectLanguage("Sécurité : réforme adoptée")).toBe("fr");
    expect(detectLanguage("Security reform adopted")).toBe("en");
  });

  it("defaults to Arabic, the desk's first language, when there are no letters", () => {
    expect(detectLanguage("2024 — 35%")).toBe("ar");
  });

  it("is overridden by an explicit language", () => {
    const result = extractClaims("Le ministre a annoncé 1 200 postes supplémentaires en 2025.", { language: "en" });
    expect(result.language).toBe("en");
    expect(result.direction).toBe("LTR");
  });
});
