import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { assertEditable, assertTransition } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { sourceSnapshot } from "./internal/source-snapshot";
import { ZAddSourceInput, type TAddSourceInput } from "./schemas/sources";

/**
 * Attaches a piece of evidence to a claim. The first source on a NEW claim means research has begun, so the claim
 * moves to IN_RESEARCH. Returns the source and the claim (with its new version, for the next edit).
 */
export async function addSource(actor: Actor, raw: TAddSourceInput) {
  assertCan(actor, "source.manage");
  const input = parseInput(ZAddSourceInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "add a source to");
    const duplicate = await tx.source.findFirst({ where: { claimId: claim.id, url: input.url }, select: { id: true } });
    if (duplicate) throw new AppError("CONFLICT", "This source is already attached to the claim.", { sourceId: duplicate.id });

    const status = claim.status === "NEW" ? "IN_RESEARCH" : claim.status;
    if (status !== claim.status) assertTransition(claim.status, status);
    const updatedClaim = await updateClaimAtVersion(tx, claim, { status });
    const source = await tx.source.create({
      data: {
        claimId: claim.id,
        url: input.url,
        title: input.title,
        stance: input.stance,
        publisher: input.publisher ?? null,
        publishedAt: input.publishedAt ?? null,
        excerpt: input.excerpt ?? null,
        accessedAt: input.accessedAt ?? new Date(),
        archivedUrl: input.archivedUrl ?? null,
        note: input.note ?? null,
        addedById: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.add",
      entityType: "Source",
      entityId: source.id,
      claimId: claim.id,
      before: status !== claim.status ? { claimStatus: claim.status } : null,
      after: { ...sourceSnapshot(source), claimStatus: status },
    });
    return { source, claim: updatedClaim };
  });
}
