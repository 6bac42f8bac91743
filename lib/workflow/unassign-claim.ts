import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZUnassignClaimInput, type TUnassignClaimInput } from "./schemas/assignment";

/**
 * Takes a claim off someone's list. Reviewers (claim.assign) may unassign anyone; an editor may give back a claim
 * that is their own (the counterpart of takeClaim). The status stays as it is.
 */
export async function unassignClaim(actor: Actor, raw: TUnassignClaimInput) {
  assertCan(actor, "claim.take");
  const input = parseInput(ZUnassignClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (claim.assigneeId !== actor.id) assertCan(actor, "claim.assign");
    if (!claim.assigneeId) return claim;
    const updated = await updateClaimAtVersion(tx, claim, { assigneeId: null });
    await auditClaimChange(
      tx,
      actor,
      "claim.unassign",
      claim.id,
      { assigneeId: claim.assigneeId, version: claim.version },
      { assigneeId: null, version: updated.version },
    );
    return updated;
  });
}

/** For screens: whether the actor may press "unassign" on a claim with this assignee. */
export function canUnassign(actor: Actor, assigneeId: string | null): boolean {
  if (!assigneeId) return false;
  return can(actor.role, "claim.assign") || (assigneeId === actor.id && can(actor.role, "claim.take"));
}
