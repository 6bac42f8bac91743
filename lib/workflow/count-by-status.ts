import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { parseInput } from "@/lib/validation";
import { CLAIM_STATUSES } from "./claim-status";
import { queueWhere } from "./internal/queue-where";
import { ZCountByStatusInput, type TCountByStatusInput } from "./schemas/queue";

/** How many claims match the queue's other filters in each status (every status present, zero included): the tabs. */
export async function countByStatus(actor: Actor, raw: TCountByStatusInput = {}): Promise<Record<ClaimStatus, number>> {
  assertCan(actor, "claim.read");
  const input = parseInput(ZCountByStatusInput, raw);
  const groups = await db.claim.groupBy({ by: ["status"], where: queueWhere(actor, input), _count: { _all: true } });
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
