import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertTransition, isEditable } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZTakeClaimInput, type TTakeClaimInput } from "./schemas/assignment";

/**
 * "I'll check this one": assigns the claim to the actor and starts research (NEW → IN_RESEARCH). A claim that was
 * sent back (CHANGES_REQUESTED) keeps that status, so the queue still shows it needs rework. Taking a claim that is
 * someone else's is refused: reassigning is a reviewer's call (assignClaim), not a race between editors.
 */
export async function takeClaim(actor: Actor, raw: TTakeClaimInput) {
  assertCan(actor, "claim.take");
  const input = parseInput(ZTakeClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (!isEditable(claim.status)) {
      throw new AppError("INVALID_TRANSITION", `Cannot take a claim that is ${claim.status}.`, { status: claim.status });
    }
    if (claim.assigneeId && claim.assigneeId !== actor.id) {
      const holder = await tx.user.findUnique({ where: { id: claim.assigneeId }, select: { name: true } });
      throw new AppError("CONFLICT", `${holder?.name ?? "Someone"} is already working on this claim.`, {
        assignee: holder?.name ?? "",
      });
    }
    const status = claim.status === "NEW" ? "IN_RESEARCH" : claim.status;
    if (status !== claim.status) assertTransition(claim.status, status);
    if (claim.assigneeId === actor.id && status === claim.status) return claim;
    const updated = await updateClaimAtVersion(tx, claim, { assigneeId: actor.id, status });
    await auditClaimChange(
      tx,
      actor,
      "claim.take",
      claim.id,
      { assigneeId: claim.assigneeId, status: claim.status, version: claim.version },
      { assigneeId: updated.assigneeId, status: updated.status, version: updated.version },
    );
    return updated;
  });
}
