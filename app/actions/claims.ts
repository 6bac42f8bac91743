"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/app/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { addClaim } from "@/lib/workflow/add-claim";
import { addSource } from "@/lib/workflow/add-source";
import { assignClaim } from "@/lib/workflow/assign-claim";
import { bulkAssign } from "@/lib/workflow/bulk-assign";
import { bulkDismiss } from "@/lib/workflow/bulk-dismiss";
import { dismissClaim } from "@/lib/workflow/dismiss-claim";
import { mergeClaims } from "@/lib/workflow/merge-claims";
import { removeSource } from "@/lib/workflow/remove-source";
import { restoreClaim } from "@/lib/workflow/restore-claim";
import { setClaimPlan } from "@/lib/workflow/set-claim-plan";
import { splitClaim } from "@/lib/workflow/split-claim";
import { takeClaim } from "@/lib/workflow/take-claim";
import { unassignClaim } from "@/lib/workflow/unassign-claim";
import { updateClaimSpan } from "@/lib/workflow/update-claim-span";
import { updateNormalizedText } from "@/lib/workflow/update-normalized-text";
import { updateSource } from "@/lib/workflow/update-source";

/**
 * The claim operations screens may call. Each lib function validates its own input, checks the permission map and
 * the workflow rules, so this table only routes; an unknown name is refused.
 */
const OPERATIONS = {
  addClaim,
  updateClaimSpan,
  updateNormalizedText,
  splitClaim,
  mergeClaims,
  dismissClaim,
  restoreClaim,
  takeClaim,
  assignClaim,
  unassignClaim,
  setClaimPlan,
  bulkAssign,
  bulkDismiss,
  addSource,
  updateSource,
  removeSource,
} as const;

export type ClaimOperation = keyof typeof OPERATIONS;

export async function claimOperation(name: ClaimOperation, input: unknown): Promise<ActionResult<unknown>> {
  const result = await runAction(async () => {
    if (!Object.hasOwn(OPERATIONS, name)) throw new AppError("BAD_REQUEST", `Unknown operation: ${String(name)}`);
    const operation = OPERATIONS[name] as (actor: unknown, input: unknown) => Promise<unknown>;
    const value = await operation(await requireUser(), input);
    // Only plain data crosses back to the browser.
    return value === undefined ? null : JSON.parse(JSON.stringify(value));
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
