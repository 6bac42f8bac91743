import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { normalizeClaimText, resolveSpan, sentenceIndexAt } from "./internal/spans";
import { ZAddClaimInput, type TAddClaimInput } from "./schemas/claim-editing";

// The extractor scores check-worthiness between 0 and 1; a claim an editor picked by hand is check-worthy by
// definition, so it goes to the top of the queue's default (score) order.
const MANUAL_CLAIM_SCORE = 1;

/** An editor selects text in the article that the extractor missed; it becomes a MANUAL claim in status NEW. */
export async function addClaim(actor: Actor, raw: TAddClaimInput) {
  assertCan(actor, "claim.edit");
  const input = parseInput(ZAddClaimInput, raw);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, body: true, language: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "That article does not exist.", { articleId: input.articleId });
    const span = resolveSpan(article.body, input.start, input.end);
    const duplicate = await tx.claim.findFirst({
      where: { articleId: article.id, start: span.start, end: span.end },
      select: { id: true },
    });
    if (duplicate) {
      throw new AppError("CONFLICT", "This exact text is already a claim.", { claimId: duplicate.id });
    }
    const claim = await tx.claim.create({
      data: {
        articleId: article.id,
        start: span.start,
        end: span.end,
        text: span.text,
        normalizedText: input.normalizedText ?? normalizeClaimText(span.text),
        sentenceIndex: sentenceIndexAt(article.body, span.start),
        score: MANUAL_CLAIM_SCORE,
        type: input.type,
        language: article.language,
        origin: "MANUAL",
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.add",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      after: {
        start: claim.start,
        end: claim.end,
        text: claim.text,
        normalizedText: claim.normalizedText,
        type: claim.type,
        status: claim.status,
        version: claim.version,
      },
    });
    return claim;
  });
}
