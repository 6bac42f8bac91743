import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertEditable } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { normalizeClaimText, resolveSpan, sentenceIndexAt } from "./internal/spans";
import { ZUpdateClaimSpanInput, type TUpdateClaimSpanInput } from "./schemas/claim-editing";

/**
 * Moves a claim's edges. The text is always re-read from the article body, never taken from the client, so the
 * stored quote cannot drift from what the article says.
 */
export async function updateClaimSpan(actor: Actor, raw: TUpdateClaimSpanInput) {
  assertCan(actor, "claim.edit");
  const input = parseInput(ZUpdateClaimSpanInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "change the span of");
    const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
    const span = resolveSpan(article.body, input.start, input.end);
    const duplicate = await tx.claim.findFirst({
      where: { articleId: claim.articleId, start: span.start, end: span.end, id: { not: claim.id } },
      select: { id: true },
    });
    if (duplicate) throw new AppError("CONFLICT", "This exact text is already another claim.", { claimId: duplicate.id });

    // A normalized text the editor never touched follows the span; one they rewrote by hand is theirs to keep.
    const followsText = claim.normalizedText === normalizeClaimText(claim.text);
    const updated = await updateClaimAtVersion(tx, claim, {
      start: span.start,
      end: span.end,
      text: span.text,
      sentenceIndex: sentenceIndexAt(article.body, span.start),
      ...(followsText ? { normalizedText: normalizeClaimText(span.text) } : {}),
    });
    await auditClaimChange(
      tx,
      actor,
      "claim.span",
      claim.id,
      { start: claim.start, end: claim.end, text: claim.text, normalizedText: claim.normalizedText, version: claim.version },
      { start: updated.start, end: updated.end, text: updated.text, normalizedText: updated.normalizedText, version: updated.version },
    );
    return updated;
  });
}
