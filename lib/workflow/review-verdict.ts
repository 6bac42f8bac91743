import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertTransition } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZReviewVerdictInput, type TReviewVerdictInput } from "./schemas/verdicts";

/**
 * What happens when a reviewer decides on a verdict: APPROVE → the claim is APPROVED (ready for the report);
 * REQUEST_CHANGES (comment required) → CHANGES_REQUESTED, back to its author.
 *
 * Four eyes: nobody reviews a revision they wrote — admins included, since the rule protects readers, not roles.
 * Only the latest revision of a claim in review can be decided; an older one was already answered by the newer.
 */
export async function reviewVerdict(actor: Actor, raw: TReviewVerdictInput) {
  assertCan(actor, "verdict.review");
  const input = parseInput(ZReviewVerdictInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    const verdict = await tx.verdict.findFirst({ where: { id: input.verdictId, claimId: claim.id } });
    if (!verdict) throw new AppError("NOT_FOUND", "That verdict does not belong to this claim.", { verdictId: input.verdictId });

    const target = input.decision === "APPROVE" ? "APPROVED" : "CHANGES_REQUESTED";
    assertTransition(claim.status, target);
    const latest = await tx.verdict.findFirst({ where: { claimId: claim.id }, orderBy: { revision: "desc" }, select: { revision: true } });
    if (latest && latest.revision !== verdict.revision) {
      throw new AppError("CONFLICT", `Revision ${verdict.revision} was replaced by revision ${latest.revision}; review that one.`, {
        revision: verdict.revision,
        latestRevision: latest.revision,
      });
    }
    if (verdict.authorId === actor.id) {
      throw new AppError("SELF_APPROVAL", "You wrote this verdict revision; another reviewer must decide on it.", {
        revision: verdict.revision,
      });
    }

    const updatedClaim = await updateClaimAtVersion(tx, claim, { status: target });
    const review = await tx.review.create({
      data: { claimId: claim.id, verdictId: verdict.id, reviewerId: actor.id, decision: input.decision, comment: input.comment ?? null },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.decision === "APPROVE" ? "verdict.approve" : "verdict.request_changes",
      entityType: "Review",
      entityId: review.id,
      claimId: claim.id,
      before: { claimStatus: claim.status },
      after: {
        claimStatus: updatedClaim.status,
        decision: review.decision,
        comment: review.comment,
        verdictId: verdict.id,
        revision: verdict.revision,
      },
    });
    return { review, claim: updatedClaim };
  });
}
