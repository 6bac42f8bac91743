import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueSort } from "../schemas/queue";

/**
 * Keyset (cursor) pagination for the review queue. A page never uses OFFSET: it continues from the last row's sort
 * value and id, so page 2 000 costs what page 1 costs. Each sort matches one index of the Claim table:
 *   score  → (score DESC, id)      oldest/newest → (createdAt, id), newest read backwards      due → (dueAt, id)
 *
 * "Rows after the cursor" is expressed as a few segments, each a plain range on that index, read in order until the
 * page is full — instead of one `(a < x) OR (a = x AND id > y)` predicate, which the planner often cannot turn into an
 * index range and then scans from the top. Segments: the rows that tie with the cursor's value (after its id), then
 * the rows past that value, then (due sort only) the claims without a due date.
 */

export interface QueueCursor {
  sort: QueueSort;
  /** The last row's sort value: a score, an ISO timestamp, or null for a claim without a due date. */
  value: number | string | null;
  id: string;
}

export interface Segment {
  where: Prisma.ClaimWhereInput;
  orderBy: Prisma.ClaimOrderByWithRelationInput[];
}

interface SortableRow {
  id: string;
  score: number;
  createdAt: Date;
  dueAt: Date | null;
}

const ZCursor = z.object({
  sort: z.enum(["score", "oldest", "newest", "due"]),
  value: z.union([z.number(), z.iso.datetime(), z.null()]),
  id: z.uuid(),
});

export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

export function decodeCursor(raw: string, sort: QueueSort): QueueCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  const result = ZCursor.safeParse(parsed);
  if (!result.success) throw new AppError("BAD_REQUEST", "That page link is broken; start again from the first page.");
  if (result.data.sort !== sort) {
    throw new AppError("BAD_REQUEST", "That page link belongs to another sort order; start again from the first page.");
  }
  return result.data;
}

export function cursorFor(row: SortableRow, sort: QueueSort): QueueCursor {
  switch (sort) {
    case "score":
      return { sort, value: row.score, id: row.id };
    case "oldest":
    case "newest":
      return { sort, value: row.createdAt.toISOString(), id: row.id };
    case "due":
      return { sort, value: row.dueAt ? row.dueAt.toISOString() : null, id: row.id };
  }
}

/** The segments that, read in order, list every row after `cursor` (or every row, without one) in `sort` order. */
export function segmentsAfter(sort: QueueSort, cursor: QueueCursor | null): Segment[] {
  switch (sort) {
    case "score": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ score: "desc" }, { id: "asc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const score = cursor.value as number;
      return [
        { where: { score, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { score: { lt: score } }, orderBy },
      ];
    }
    case "oldest": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const at = new Date(cursor.value as string);
      return [
        { where: { createdAt: at, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { createdAt: { gt: at } }, orderBy },
      ];
    }
    case "newest": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const at = new Date(cursor.value as string);
      return [
        { where: { createdAt: at, id: { lt: cursor.id } }, orderBy: [{ id: "desc" }] },
        { where: { createdAt: { lt: at } }, orderBy },
      ];
    }
    case "due": {
      const undated: Segment = { where: { dueAt: null }, orderBy: [{ id: "asc" }] };
      if (!cursor) return [{ where: {}, orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }] }];
      if (cursor.value === null) return [{ where: { dueAt: null, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] }];
      const due = new Date(cursor.value);
      return [
        { where: { dueAt: due, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { dueAt: { gt: due } }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] },
        undated,
      ];
    }
  }
}
