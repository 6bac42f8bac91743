/**
 * Public types of the claim extractor. Names match the Prisma enum `ClaimType` so the app can store a claim's type
 * without a mapping table.
 */
export type ClaimLanguage = "ar" | "fr" | "en";

export type ClaimType =
  | "NUMERIC"
  | "QUANTITY_DATE"
  | "ATTRIBUTION"
  | "EVENT"
  | "POSITION"
  | "CAUSAL"
  | "PREDICTION"
  | "OTHER";

export type EntityKind = "PERSON" | "ORGANIZATION" | "PLACE" | "DATE" | "NUMBER";

/** Offsets are JavaScript (UTF-16) indices into the ORIGINAL article string; `value` is set for NUMBER entities. */
export interface ClaimEntity {
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
  value?: number;
}

/**
 * One reason behind a score. `weight` is how much this reason moved the score (score with it minus score without it),
 * so editors can read "+0.15" as "this raised the score by 0.15".
 */
export interface ScoreReason {
  code: string;
  weight: number;
  evidence?: string;
}

export interface ExtractedClaim {
  /** Exactly `body.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  normalizedText: string;
  /** Check-worthiness in [0, 1]; the same input always gives the same score. */
  score: number;
  type: ClaimType;
  entities: ClaimEntity[];
  reasons: ScoreReason[];
  checkWorthy: boolean;
}

export interface ExtractionResult {
  language: ClaimLanguage;
  direction: "RTL" | "LTR";
  /** Article order, including claims below the check-worthy threshold. */
  claims: ExtractedClaim[];
}

export interface ExtractOptions {
  language?: ClaimLanguage;
}

/** A half-open range [start, end) of UTF-16 indices into the article. */
export interface Span {
  start: number;
  end: number;
}
