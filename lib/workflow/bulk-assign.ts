import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { assignOne } from "./assign-claim";
import { loadActiveAssignee } from "./internal/assignee";
import { BULK_TRANSACTION_OPTIONS, forEachSelected } from "./internal/bulk";
import { ZBulkAssignInput, type TBulkAssignInput } from "./schemas/assignment";

/**
 * Assigns every selected claim to one person, all or nothing: if any claim is stale, missing or closed, none is
 * assigned and the error names which one. One audit event per claim changed, so each claim's history is complete.
 */
export async function bulkAssign(actor: Actor, raw: TBulkAssignInput) {
  assertCan(actor, "claim.assign");
  const input = parseInput(ZBulkAssignInput, raw);
  return db.$transaction(async (tx) => {
    const assignee = await loadActiveAssignee(tx, input.assigneeId);
    return forEachSelected(input.claims, (ref) => assignOne(tx, actor, ref, assignee.id));
  }, BULK_TRANSACTION_OPTIONS);
}
