import type { ExtractedClaim } from "@/lib/extraction";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The stored shape of an extracted claim (see issue 3): only check-worthy claims enter the desk's queue. */
export function claimRowsFromExtraction(
  articleId: string,
  language: string,
  claims: readonly ExtractedClaim[],
): Prisma.ClaimCreateManyInput[] {
  return claims
    .filter((claim) => claim.checkWorthy)
    .map((claim) => ({
      articleId,
      language,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      sentenceIndex: claim.sentenceIndex,
      normalizedText: claim.normalizedText,
      score: claim.score,
      type: claim.type,
      entities: claim.entities as unknown as Prisma.InputJsonValue,
      reasons: claim.reasons as unknown as Prisma.InputJsonValue,
      origin: "EXTRACTED" as const,
    }));
}
