import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadClaim } from "./internal/claim-access";
import { ZFindClaimHistoryInput, type TFindClaimHistoryInput } from "./schemas/comments";

export interface ClaimHistoryEvent {
  /** The audit event id as a string (it is a BIGINT; JSON and server actions cannot carry a bigint). */
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/**
 * A claim's timeline from the audit log, newest first: who did what, when, with before/after values. Includes the
 * events that name the claim as their entity without owning it (the split that created it). Page with `nextCursor`.
 */
export async function findClaimHistory(actor: Actor, raw: TFindClaimHistoryInput) {
  assertCan(actor, "claim.read");
  const input = parseInput(ZFindClaimHistoryInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input);
    const rows = await tx.auditEvent.findMany({
      where: {
        OR: [{ claimId: claim.id }, { entityType: "Claim", entityId: claim.id }],
        ...(input.before ? { id: { lt: BigInt(input.before) } } : {}),
      },
      orderBy: { id: "desc" },
      take: input.limit + 1,
      include: { actor: { select: { id: true, name: true } } },
    });
    const page = rows.slice(0, input.limit);
    const events: ClaimHistoryEvent[] = page.map((row) => ({
      id: row.id.toString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actor,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt,
    }));
    return { events, nextCursor: rows.length > input.limit ? (events[events.length - 1]?.id ?? null) : null };
  });
}
