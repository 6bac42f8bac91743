/**
 * The desk's rating scale: the one place that says what a verdict is called, what number it carries in ClaimReview,
 * and how it looks on a badge. Names match the Prisma enum `Rating`, so a database value is a `RatingValue` as is.
 *
 * Numeric scale (schema.org ClaimReview `ratingValue`): FALSE = 1 … TRUE = 6, so a higher number means "more true",
 * as Google's examples do. MISLEADING (3) sits below MIXED (4): a misleading claim leaves the reader with a false
 * impression even when parts of it are accurate, so it is closer to false than a claim that is half right.
 * UNVERIFIABLE is not a point on that line; it has no number (ClaimReview then carries only `alternateName`).
 */

export const RATINGS = ["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE"] as const;

export type RatingValue = (typeof RATINGS)[number];
export type RatingLocale = "ar" | "en";

export const BEST_RATING = 6;
export const WORST_RATING = 1;

const NUMERIC: Record<RatingValue, number | null> = {
  TRUE: 6,
  MOSTLY_TRUE: 5,
  MIXED: 4,
  MISLEADING: 3,
  MOSTLY_FALSE: 2,
  FALSE: 1,
  UNVERIFIABLE: null,
};

const LABELS: Record<RatingLocale, Record<RatingValue, string>> = {
  ar: {
    TRUE: "صحيح",
    MOSTLY_TRUE: "صحيح في معظمه",
    MIXED: "مختلط",
    MISLEADING: "مضلل",
    MOSTLY_FALSE: "خاطئ في معظمه",
    FALSE: "خاطئ",
    UNVERIFIABLE: "غير قابل للتحقق",
  },
  en: {
    TRUE: "True",
    MOSTLY_TRUE: "Mostly true",
    MIXED: "Mixed",
    MISLEADING: "Misleading",
    MOSTLY_FALSE: "Mostly false",
    FALSE: "False",
    UNVERIFIABLE: "Unverifiable",
  },
};

export type RatingTone = "positive" | "caution" | "negative" | "neutral";

export interface RatingColors {
  tone: RatingTone;
  /** Badge background; white text on it meets WCAG AA (≥ 4.5:1), which lib/ratings.test.ts checks. */
  background: string;
  foreground: string;
  /** A pale tint of the same hue for card edges and summary chips. */
  tint: string;
}

const COLORS: Record<RatingValue, RatingColors> = {
  TRUE: { tone: "positive", background: "#1b6e34", foreground: "#ffffff", tint: "#e3f1e6" },
  MOSTLY_TRUE: { tone: "positive", background: "#3b6b1c", foreground: "#ffffff", tint: "#ebf2e1" },
  MIXED: { tone: "caution", background: "#8a5a00", foreground: "#ffffff", tint: "#f7eedb" },
  MISLEADING: { tone: "caution", background: "#a4460b", foreground: "#ffffff", tint: "#f8e8dc" },
  MOSTLY_FALSE: { tone: "negative", background: "#b3261e", foreground: "#ffffff", tint: "#f9e1df" },
  FALSE: { tone: "negative", background: "#8c1414", foreground: "#ffffff", tint: "#f4dcdc" },
  UNVERIFIABLE: { tone: "neutral", background: "#4b5563", foreground: "#ffffff", tint: "#eceef1" },
};

export function isRating(value: unknown): value is RatingValue {
  return typeof value === "string" && (RATINGS as readonly string[]).includes(value);
}

export function ratingLabel(rating: RatingValue, locale: RatingLocale): string {
  return LABELS[locale][rating];
}

/** 1 (FALSE) … 6 (TRUE); null for UNVERIFIABLE, which is not a degree of truth. */
export function ratingNumeric(rating: RatingValue): number | null {
  return NUMERIC[rating];
}

/** Every verdict except UNVERIFIABLE must cite at least one source: "we could not verify it" is the only verdict a
 * desk can reach without evidence in hand. */
export function requiresSource(rating: RatingValue): boolean {
  return rating !== "UNVERIFIABLE";
}

export function ratingColors(rating: RatingValue): RatingColors {
  return COLORS[rating];
}
