import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { cursorFor, decodeCursor, encodeCursor } from "./internal/queue-keyset";
import { queuePageStatement, toQueueRow, type QueuePageRecord, type QueueRow } from "./internal/queue-page";
import { queueFilterSql } from "./internal/queue-where";
import { ZFindQueueInput, type TFindQueueInput } from "./schemas/queue";

export type { QueueRow } from "./internal/queue-page";

/**
 * The review queue: claims across all articles, filtered and sorted, one page at a time. Pass the returned
 * `nextCursor` back to get the next page; it is null on the last page. Pages stay consistent while claims change:
 * no row is shown twice or skipped because of rows inserted before the cursor. One SQL statement a page.
 */
export async function findQueue(actor: Actor, raw: TFindQueueInput = {}): Promise<{ rows: QueueRow[]; nextCursor: string | null }> {
  assertCan(actor, "claim.read");
  const input = parseInput(ZFindQueueInput, raw);
  const cursor = input.cursor ? decodeCursor(input.cursor, input.sort) : null;

  // One row more than the page, to know whether another page follows without counting.
  const records = await db.$queryRaw<QueuePageRecord[]>(
    queuePageStatement(queueFilterSql(actor, input), input.sort, cursor, input.limit + 1),
  );

  const hasMore = records.length > input.limit;
  const rows = (hasMore ? records.slice(0, input.limit) : records).map(toQueueRow);
  const last = rows[rows.length - 1];
  return {
    rows,
    nextCursor: hasMore && last ? encodeCursor(cursorFor(last, input.sort)) : null,
  };
}
