import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON round-trip so Dates become ISO strings and undefined fields disappear, as they will when read back. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Writes one audit event. Always called with the transaction that makes the change it describes. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      claimId: input.claimId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
