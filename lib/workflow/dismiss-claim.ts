import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertTransition } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion, type VersionedClaimRef } from "./internal/claim-access";
import { ZDismissClaimInput, type TDismissClaimInput } from "./schemas/claim-editing";

/**
 * Takes a claim off the desk (not check-worthy, opinion, duplicate…) with a reason the desk can read later. Only
 * before review: NEW, IN_RESEARCH or CHANGES_REQUESTED. The status it left is kept in the audit event, which is what
 * `restoreClaim` returns it to.
 */
export async function dismissClaim(actor: Actor, raw: TDismissClaimInput) {
  assertCan(actor, "claim.dismiss");
  const input = parseInput(ZDismissClaimInput, raw);
  return db.$transaction((tx) => dismissOne(tx, actor, input, input.reason));
}

/** Shared with `bulkDismiss`, which runs it for each claim inside one transaction. */
export async function dismissOne(tx: Tx, actor: Actor, ref: VersionedClaimRef, reason: string) {
  const claim = await loadClaimAtVersion(tx, ref);
  assertTransition(claim.status, "DISMISSED");
  // A claim reopened for correction still has a verdict on the public report; dismissing it would leave that verdict
  // standing with nobody working on it. It has to go through review again instead.
  if (claim.publishedVerdictId) {
    throw new AppError("CONFLICT", "This claim's verdict is published; correct it through a new revision instead of dismissing it.", {
      status: claim.status,
    });
  }
  const updated = await updateClaimAtVersion(tx, claim, { status: "DISMISSED", dismissReason: reason });
  await auditClaimChange(
    tx,
    actor,
    "claim.dismiss",
    claim.id,
    { status: claim.status, dismissReason: claim.dismissReason, version: claim.version },
    { status: updated.status, dismissReason: updated.dismissReason, version: updated.version },
  );
  return updated;
}
