import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { cursorFor, decodeCursor, encodeCursor, segmentsAfter } from "./internal/queue-keyset";
import { queueWhere } from "./internal/queue-where";
import { ZFindQueueInput, type TFindQueueInput } from "./schemas/queue";

const QUEUE_ROW_SELECT = {
  id: true,
  articleId: true,
  text: true,
  normalizedText: true,
  status: true,
  score: true,
  type: true,
  language: true,
  origin: true,
  priority: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  assignee: { select: { id: true, name: true } },
  article: { select: { title: true, language: true, direction: true } },
  _count: { select: { sources: true } },
} as const;

/**
 * The review queue: claims across all articles, filtered and sorted, one page at a time. Pass the returned
 * `nextCursor` back to get the next page; it is null on the last page. Pages stay consistent while claims change:
 * no row is shown twice or skipped because of rows inserted before the cursor.
 */
export async function findQueue(actor: Actor, raw: TFindQueueInput = {}) {
  assertCan(actor, "claim.read");
  const input = parseInput(ZFindQueueInput, raw);
  const filters = queueWhere(actor, input);
  const cursor = input.cursor ? decodeCursor(input.cursor, input.sort) : null;

  // One row more than the page, to know whether another page follows without counting.
  const wanted = input.limit + 1;
  const rows = [];
  for (const segment of segmentsAfter(input.sort, cursor)) {
    rows.push(
      ...(await db.claim.findMany({
        where: { AND: [filters, segment.where] },
        orderBy: segment.orderBy,
        take: wanted - rows.length,
        select: QUEUE_ROW_SELECT,
      })),
    );
    if (rows.length >= wanted) break;
  }

  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  const last = page[page.length - 1];
  return {
    rows: page.map(({ _count, ...row }) => ({ ...row, sourceCount: _count.sources })),
    nextCursor: hasMore && last ? encodeCursor(cursorFor(last, input.sort)) : null,
  };
}

export type QueueRow = Awaited<ReturnType<typeof findQueue>>["rows"][number];
