import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { OPEN_STATUSES } from "./claim-status";
import { auditClaimChange } from "./internal/audit-claim";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZSetClaimPlanInput, type TSetClaimPlanInput } from "./schemas/assignment";

/** Sets a claim's priority (0 normal … 3 urgent) and/or due date; `dueAt: null` clears the due date. */
export async function setClaimPlan(actor: Actor, raw: TSetClaimPlanInput) {
  assertCan(actor, "claim.plan");
  const input = parseInput(ZSetClaimPlanInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (!OPEN_STATUSES.includes(claim.status)) {
      throw new AppError("INVALID_TRANSITION", `Cannot plan a claim that is ${claim.status}.`, { status: claim.status });
    }
    const updated = await updateClaimAtVersion(tx, claim, { priority: input.priority, dueAt: input.dueAt });
    await auditClaimChange(
      tx,
      actor,
      "claim.plan",
      claim.id,
      { priority: claim.priority, dueAt: claim.dueAt, version: claim.version },
      { priority: updated.priority, dueAt: updated.dueAt, version: updated.version },
    );
    return updated;
  });
}
