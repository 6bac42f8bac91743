"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/app/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { isClaimOperation, runClaimOperation, type ClaimOperationName } from "@/lib/workflow/operations";

export type ClaimOperation = ClaimOperationName;

/** Runs one named claim operation for the signed-in user (see lib/workflow/operations.ts). */
export async function claimOperation(name: ClaimOperation, input: unknown): Promise<ActionResult<unknown>> {
  const result = await runAction(async () => {
    if (!isClaimOperation(name)) throw new AppError("BAD_REQUEST", `Unknown operation: ${String(name)}`);
    const value = await runClaimOperation(await requireUser(), name, input);
    // Only plain data crosses back to the browser.
    return value === undefined ? null : JSON.parse(JSON.stringify(value));
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
