import { AppError, isAppError } from "@/lib/errors";

/** Bulk transactions touch hundreds of rows; Prisma's default 5 s interactive-transaction timeout is too short. */
export const BULK_TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Runs `step` for each selected claim, in order, inside the caller's transaction. The first refusal aborts the whole
 * batch (the transaction rolls back), re-thrown with the claim's position so the queue can point at the culprit.
 */
export async function forEachSelected<T extends { claimId: string }, R>(items: readonly T[], step: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (const [index, item] of items.entries()) {
    try {
      results.push(await step(item));
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new AppError(error.code, `Claim ${index + 1} of ${items.length}: ${error.message} Nothing was changed.`, {
        ...error.params,
        itemIndex: index,
        claimId: item.claimId,
      });
    }
  }
  return results;
}
