import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertEditable } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { normalizeClaimText, resolveSpan, sentenceIndexAt } from "./internal/spans";
import { ZSplitClaimInput, type TSplitClaimInput } from "./schemas/claim-editing";

/**
 * Splits one claim into two at a body offset, for a sentence that makes two separately checkable assertions.
 * The original keeps the first part together with its id, sources, comments and history; the second part becomes a
 * new MANUAL claim in status NEW that inherits the planning (assignee, priority, due date, type, score).
 *
 * One audit event records the split: its `claimId` is the original (so it is in the original's history) and its
 * `entityId` is the new claim (so the new claim's history starts with where it came from).
 */
export async function splitClaim(actor: Actor, raw: TSplitClaimInput) {
  assertCan(actor, "claim.edit");
  const input = parseInput(ZSplitClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "split");
    if (input.at <= claim.start || input.at >= claim.end) {
      throw new AppError("BAD_REQUEST", "Split the claim at a point inside its text.", {
        at: input.at,
        start: claim.start,
        end: claim.end,
      });
    }
    // A verdict rates the whole sentence; cutting the sentence under it would leave a verdict about words that
    // are no longer the claim.
    const verdicts = await tx.verdict.count({ where: { claimId: claim.id } });
    if (verdicts > 0) throw new AppError("CONFLICT", "A claim that already has a verdict cannot be split.", { verdicts });

    const article = await tx.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { body: true } });
    const first = resolveSpan(article.body, claim.start, input.at);
    const second = resolveSpan(article.body, input.at, claim.end);
    const duplicate = await tx.claim.findFirst({
      where: {
        articleId: claim.articleId,
        id: { not: claim.id },
        OR: [
          { start: first.start, end: first.end },
          { start: second.start, end: second.end },
        ],
      },
      select: { id: true },
    });
    if (duplicate) throw new AppError("CONFLICT", "One of the two parts is already a claim.", { claimId: duplicate.id });

    const kept = await updateClaimAtVersion(tx, claim, {
      start: first.start,
      end: first.end,
      text: first.text,
      normalizedText: normalizeClaimText(first.text),
    });
    const created = await tx.claim.create({
      data: {
        articleId: claim.articleId,
        start: second.start,
        end: second.end,
        text: second.text,
        normalizedText: normalizeClaimText(second.text),
        sentenceIndex: sentenceIndexAt(article.body, second.start),
        score: claim.score,
        type: claim.type,
        language: claim.language,
        origin: "MANUAL",
        assigneeId: claim.assigneeId,
        priority: claim.priority,
        dueAt: claim.dueAt,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.split",
      entityType: "Claim",
      entityId: created.id,
      claimId: claim.id,
      before: { start: claim.start, end: claim.end, text: claim.text, normalizedText: claim.normalizedText, version: claim.version },
      after: {
        start: kept.start,
        end: kept.end,
        text: kept.text,
        normalizedText: kept.normalizedText,
        version: kept.version,
        newClaim: { id: created.id, start: created.start, end: created.end, text: created.text },
      },
    });
    return { claim: kept, newClaim: created };
  });
}
