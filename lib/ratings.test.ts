import { describe, expect, it } from "vitest";

import {
  BEST_RATING,
  RATINGS,
  WORST_RATING,
  isRating,
  ratingColors,
  ratingLabel,
  ratingNumeric,
  requiresSource,
} from "./ratings";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("rating scale", () => {
  it("matches the Prisma enum names", () => {
    expect(RATINGS).toEqual(["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"]);
    expect(isRating("FALSE")).toBe(true);
    expect(isRating("false")).toBe(false);
  });

  it("labels every rating in Arabic and English", () => {
    expect(RATINGS.map((r) => ratingLabel(r, "ar"))).toEqual([
      "صحيح",
      "صحيح في معظمه",
      "مختلط",
      "مضلل",
      "خاطئ في معظمه",
      "خاطئ",
      "غير قابل للتحقق",
    ]);
    expect(ratingLabel("MOSTLY_FALSE", "en")).toBe("Mostly false");
  });

  it("numbers the scale from FALSE (worst) to TRUE (best), strictly in the listed order", () => {
    const numbers = RATINGS.filter((r) => r !== "UNVERIFIABLE").map(ratingNumeric);
    expect(numbers).toEqual([6, 5, 4, 3, 2, 1]);
    expect(ratingNumeric("TRUE")).toBe(BEST_RATING);
    expect(ratingNumeric("FALSE")).toBe(WORST_RATING);
    expect(ratingNumeric("UNVERIFIABLE")).toBeNull();
  });

  it("requires a source for every rating but UNVERIFIABLE", () => {
    expect(RATINGS.filter((r) => !requiresSource(r))).toEqual(["UNVERIFIABLE"]);
  });

  it("gives every badge readable text (WCAG AA)", () => {
    for (const rating of RATINGS) {
      const { background, foreground } = ratingColors(rating);
      expect(contrast(background, foreground), rating).toBeGreaterThanOrEqual(4.5);
    }
  });
});
