/**
 * Claim extraction — the public API used by the app, the CLI (scripts/extract.ts) and the benchmarks.
 * Plain TypeScript: no Next.js, no database, no network, no model download.
 */
export type {
  ClaimEntity,
  ClaimLanguage,
  ClaimType,
  EntityKind,
  ExtractedClaim,
  ExtractionResult,
  ScoreReason,
} from "./types";
export { extractClaims } from "./extract-claims";
export { detectLanguage } from "./detect-language";
export { ExtractionInputError } from "./errors";
export { describeReason } from "./describe-reason";
export { CHECK_WORTHY_THRESHOLD } from "./scoring/score-claim";
