import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { assertTransition, canTransition } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZRestoreClaimInput, type TRestoreClaimInput } from "./schemas/claim-editing";

/**
 * Brings a dismissed claim back to the status it was dismissed from, read from its latest `claim.dismiss` audit
 * event (the claim row keeps no copy). When that event is missing or names a status a dismissed claim cannot
 * return to, the claim starts over as NEW rather than guessing.
 */
export async function restoreClaim(actor: Actor, raw: TRestoreClaimInput) {
  assertCan(actor, "claim.dismiss");
  const input = parseInput(ZRestoreClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (claim.status !== "DISMISSED") {
      throw new AppError("INVALID_TRANSITION", `Only a dismissed claim can be restored; this one is ${claim.status}.`, {
        from: claim.status,
      });
    }
    const dismissal = await tx.auditEvent.findFirst({
      where: { claimId: claim.id, action: "claim.dismiss" },
      orderBy: { id: "desc" },
      select: { before: true },
    });
    const previous = (dismissal?.before as { status?: ClaimStatus } | null)?.status;
    const target: ClaimStatus = previous && canTransition("DISMISSED", previous) ? previous : "NEW";
    assertTransition(claim.status, target);
    const updated = await updateClaimAtVersion(tx, claim, { status: target, dismissReason: null });
    await auditClaimChange(
      tx,
      actor,
      "claim.restore",
      claim.id,
      { status: claim.status, dismissReason: claim.dismissReason, version: claim.version },
      { status: updated.status, dismissReason: updated.dismissReason, version: updated.version },
    );
    return updated;
  });
}
