import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertEditable } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { sourceSnapshot } from "./internal/source-snapshot";
import { ZRemoveSourceInput, type TRemoveSourceInput } from "./schemas/sources";

/**
 * Detaches a source. The full source goes into the audit event, so history can still show what was removed, and
 * the verdict revision diff can name sources dropped since an earlier revision.
 */
export async function removeSource(actor: Actor, raw: TRemoveSourceInput) {
  assertCan(actor, "source.manage");
  const input = parseInput(ZRemoveSourceInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "change the sources of");
    const source = await tx.source.findFirst({ where: { id: input.sourceId, claimId: claim.id } });
    if (!source) throw new AppError("NOT_FOUND", "That source is not attached to this claim.", { sourceId: input.sourceId });
    const updatedClaim = await updateClaimAtVersion(tx, claim, {});
    await tx.source.delete({ where: { id: source.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.remove",
      entityType: "Source",
      entityId: source.id,
      claimId: claim.id,
      before: sourceSnapshot(source),
      after: null,
    });
    return { claim: updatedClaim };
  });
}
