import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertTransition } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZReopenClaimInput, type TReopenClaimInput } from "./schemas/verdicts";

/**
 * Starts a correction: a PUBLISHED claim goes back to IN_RESEARCH. Its public verdict (`publishedVerdictId`) is left
 * alone, so the report keeps showing the old verdict until a corrected revision is approved and republished; the next
 * proposal must carry a correction note (see proposeVerdict).
 */
export async function reopenClaimForCorrection(actor: Actor, raw: TReopenClaimInput) {
  assertCan(actor, "report.correct");
  const input = parseInput(ZReopenClaimInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (claim.status !== "PUBLISHED") {
      throw new AppError("INVALID_TRANSITION", `Only a published claim can be reopened for correction; this one is ${claim.status}.`, {
        from: claim.status,
        to: "IN_RESEARCH",
      });
    }
    assertTransition(claim.status, "IN_RESEARCH");
    const updated = await updateClaimAtVersion(tx, claim, { status: "IN_RESEARCH" });
    await auditClaimChange(
      tx,
      actor,
      "claim.reopen",
      claim.id,
      { status: claim.status, version: claim.version },
      { status: updated.status, reason: input.reason, version: updated.version },
    );
    return updated;
  });
}
