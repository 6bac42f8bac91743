import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { assertEditable } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { SOURCE_FIELDS, sourceSnapshot } from "./internal/source-snapshot";
import { ZUpdateSourceInput, type TUpdateSourceInput } from "./schemas/sources";

/**
 * Edits a source of a claim. Fields left out stay as they are; optional fields sent as null (or "") are cleared.
 * The audit event holds only the fields that actually changed.
 */
export async function updateSource(actor: Actor, raw: TUpdateSourceInput) {
  assertCan(actor, "source.manage");
  const input = parseInput(ZUpdateSourceInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    assertEditable(claim.status, "change the sources of");
    const source = await tx.source.findFirst({ where: { id: input.sourceId, claimId: claim.id } });
    if (!source) throw new AppError("NOT_FOUND", "That source is not attached to this claim.", { sourceId: input.sourceId });
    if (input.url && input.url !== source.url) {
      const duplicate = await tx.source.findFirst({ where: { claimId: claim.id, url: input.url }, select: { id: true } });
      if (duplicate) throw new AppError("CONFLICT", "Another source of this claim has that address.", { sourceId: duplicate.id });
    }

    // Prisma skips undefined fields, so only what the editor sent is written. accessedAt is required in the table;
    // clearing it means "accessed just now".
    const data: Prisma.SourceUncheckedUpdateInput = {
      url: input.url,
      title: input.title,
      stance: input.stance,
      publisher: input.publisher,
      publishedAt: input.publishedAt,
      excerpt: input.excerpt,
      accessedAt: input.accessedAt === null ? new Date() : input.accessedAt,
      archivedUrl: input.archivedUrl,
      note: input.note,
    };
    const updatedClaim = await updateClaimAtVersion(tx, claim, {});
    const updated = await tx.source.update({ where: { id: source.id }, data });

    const before = sourceSnapshot(source);
    const after = sourceSnapshot(updated);
    const changed = SOURCE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.update",
      entityType: "Source",
      entityId: source.id,
      claimId: claim.id,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    });
    return { source: updated, claim: updatedClaim };
  });
}
