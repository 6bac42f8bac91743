import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { assertEditable } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZUpdateNormalizedTextInput, type TUpdateNormalizedTextInput } from "./schemas/claim-editing";

/** Rewrites the claim as the desk will state it in the report (the quote itself stays verbatim). */
export async function updateNormalizedText(actor: Actor, raw: TUpdateNormalizedTextInput) {
  assertCan(actor, "claim.edit");
  const input = parseInput(ZUpdateNormalizedTextInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "rewrite");
    const updated = await updateClaimAtVersion(tx, claim, { normalizedText: input.normalizedText });
    await auditClaimChange(
      tx,
      actor,
      "claim.normalize",
      claim.id,
      { normalizedText: claim.normalizedText, version: claim.version },
      { normalizedText: updated.normalizedText, version: updated.version },
    );
    return updated;
  });
}
