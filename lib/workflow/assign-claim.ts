import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { OPEN_STATUSES } from "./claim-status";
import { loadActiveAssignee } from "./internal/assignee";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion, type VersionedClaimRef } from "./internal/claim-access";
import { ZAssignClaimInput, type TAssignClaimInput } from "./schemas/assignment";

/**
 * A reviewer hands a claim to someone. Assignment does not change the status: the claim moves to IN_RESEARCH when
 * its assignee actually starts (takeClaim, first source). Assigning the current assignee again changes nothing and
 * records nothing.
 */
export async function assignClaim(actor: Actor, raw: TAssignClaimInput) {
  assertCan(actor, "claim.assign");
  const input = parseInput(ZAssignClaimInput, raw);
  return db.$transaction(async (tx) => {
    const assignee = await loadActiveAssignee(tx, input.assigneeId);
    return assignOne(tx, actor, input, assignee.id);
  });
}

/** Shared with `bulkAssign`; the assignee has already been checked. */
export async function assignOne(tx: Tx, actor: Actor, ref: VersionedClaimRef, assigneeId: string) {
  const claim = await loadClaimAtVersion(tx, ref);
  if (!OPEN_STATUSES.includes(claim.status)) {
    throw new AppError("INVALID_TRANSITION", `Cannot assign a claim that is ${claim.status}.`, { status: claim.status });
  }
  if (claim.assigneeId === assigneeId) return claim;
  const updated = await updateClaimAtVersion(tx, claim, { assigneeId });
  await auditClaimChange(
    tx,
    actor,
    "claim.assign",
    claim.id,
    { assigneeId: claim.assigneeId, version: claim.version },
    { assigneeId: updated.assigneeId, version: updated.version },
  );
  return updated;
}
