import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every claim is addressed through its article: the caller was authorised for what it saw, the article's page. */
export interface ClaimRef {
  articleId: string;
  claimId: string;
}

export interface VersionedClaimRef extends ClaimRef {
  /** The claim version the user's screen was built from. */
  version: number;
}

/**
 * Loads a claim through its article. A claim id paired with the wrong article is NOT_FOUND, exactly like a claim
 * that does not exist, so a forged pair learns nothing about other articles.
 */
export async function loadClaim(tx: Tx, ref: ClaimRef) {
  const claim = await tx.claim.findFirst({ where: { id: ref.claimId, articleId: ref.articleId } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist in this article.", { claimId: ref.claimId });
  return claim;
}

export type LoadedClaim = Awaited<ReturnType<typeof loadClaim>>;

/**
 * Loads a claim and refuses early when the user's version is behind, so rule checks never run against a state the
 * user did not see. The guarded write in `updateClaimAtVersion` still closes the race with a concurrent commit.
 */
export async function loadClaimAtVersion(tx: Tx, ref: VersionedClaimRef) {
  const claim = await loadClaim(tx, ref);
  if (claim.version !== ref.version) throw await staleVersionError(tx, claim.id);
  return claim;
}

/**
 * Writes a claim only if it is still at the version that was loaded, and bumps the version. This statement is the
 * serialisation point of every workflow operation: it takes the row lock, so a concurrent writer waits here, then
 * finds the version moved and gets STALE_VERSION instead of silently overwriting.
 */
export async function updateClaimAtVersion(
  tx: Tx,
  claim: { id: string; version: number },
  data: Omit<Prisma.ClaimUncheckedUpdateManyInput, "version" | "id">,
) {
  const [updated] = await tx.claim.updateManyAndReturn({
    where: { id: claim.id, version: claim.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (!updated) throw await staleVersionError(tx, claim.id);
  return updated;
}

// Child changes are reported by what they touched, since their before/after describe the child, not the claim.
const FIELDS_BY_ENTITY: Record<string, string> = {
  Source: "sources",
  Verdict: "verdict",
  Review: "review",
  Comment: "comments",
};

// Column names the UI would otherwise have to know; everything else is reported as the column is called.
const FIELD_NAMES: Record<string, string> = { assigneeId: "assignee", newClaim: "split", mergedClaim: "merge" };

function changedFields(event: { entityType: string; before: unknown; after: unknown }): string {
  if (event.entityType !== "Claim") return FIELDS_BY_ENTITY[event.entityType] ?? event.entityType.toLowerCase();
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete("version");
  return [...keys]
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FIELD_NAMES[key] ?? key)
    .join(",");
}

/**
 * STALE_VERSION naming who last changed the claim, when, and which fields, from the claim's latest audit event — so
 * the screen can say "Layla changed the status and assignee at 14:02" and keep what the user typed.
 */
export async function staleVersionError(tx: Tx, claimId: string): Promise<AppError> {
  const current = await tx.claim.findUnique({ where: { id: claimId }, select: { version: true } });
  if (!current) return new AppError("NOT_FOUND", "That claim no longer exists; it may have been merged into another.", { claimId });
  const event = await tx.auditEvent.findFirst({
    where: { OR: [{ claimId }, { entityType: "Claim", entityId: claimId }] },
    orderBy: { id: "desc" },
    include: { actor: { select: { name: true } } },
  });
  const changedBy = event?.actor?.name ?? "";
  return new AppError(
    "STALE_VERSION",
    `${changedBy || "Someone"} changed this claim after you opened it. Reload to see their changes; your edits are kept on screen.`,
    {
      changedBy,
      changedAt: event?.createdAt.toISOString() ?? "",
      fields: event ? changedFields(event) : "",
      action: event?.action ?? "",
      currentVersion: current.version,
    },
  );
}
