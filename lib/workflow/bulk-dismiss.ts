import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { dismissOne } from "./dismiss-claim";
import { BULK_TRANSACTION_OPTIONS, forEachSelected } from "./internal/bulk";
import { ZBulkDismissInput, type TBulkDismissInput } from "./schemas/assignment";

/**
 * Dismisses every selected claim with one reason, all or nothing (e.g. twenty opinion sentences from one column).
 * Each claim gets its own audit event, remembering the status it left so it can be restored one by one.
 */
export async function bulkDismiss(actor: Actor, raw: TBulkDismissInput) {
  assertCan(actor, "claim.dismiss");
  const input = parseInput(ZBulkDismissInput, raw);
  return db.$transaction(
    (tx) => forEachSelected(input.claims, (ref) => dismissOne(tx, actor, ref, input.reason)),
    BULK_TRANSACTION_OPTIONS,
  );
}
