import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

/**
 * Audit event for a change to the claim row itself. `before`/`after` carry only the fields the operation touched
 * (plus `version`), which is what the history timeline shows and what STALE_VERSION reports as "fields".
 */
export function auditClaimChange(
  tx: Tx,
  actor: Actor,
  action: string,
  claimId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
) {
  return recordAudit(tx, { actorId: actor.id, action, entityType: "Claim", entityId: claimId, claimId, before, after });
}
