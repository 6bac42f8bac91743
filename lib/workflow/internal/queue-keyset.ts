import { z } from "zod";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { QueueSort } from "../schemas/queue";

/**
 * Keyset (cursor) pagination for the review queue. A page never uses OFFSET: it continues from the last row's sort
 * value and id, so page 2 000 costs what page 1 costs. Each sort matches one index of the Claim table:
 *   score  → (score DESC, id)      oldest/newest → (createdAt, id), newest read backwards      due → (dueAt, id)
 *
 * "Rows after the cursor" is expressed as a few segments, each a plain range on that index — instead of one
 * `(a < x) OR (a = x AND id > y)` predicate, which the planner often cannot turn into an index range and then scans
 * from the top. Segments: the rows that tie with the cursor's value (after its id), then the rows past that value,
 * then (due sort only) the claims without a due date. The page statement (queue-page.ts) reads each segment as its own
 * LIMITed branch of one UNION ALL, so one round trip fetches the page however many segments it spans.
 */

export interface QueueCursor {
  sort: QueueSort;
  /** The last row's sort value: a score, an ISO timestamp, or null for a claim without a due date. */
  value: number | string | null;
  id: string;
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
  const broken = new AppError("BAD_REQUEST", "That page link is broken; start again from the first page.");
  if (!result.success) throw broken;
  if (result.data.sort !== sort) {
    throw new AppError("BAD_REQUEST", "That page link belongs to another sort order; start again from the first page.");
  }
  // The value goes into SQL cast to the sort's column type; one of another type is a forged link, not a server error.
  const { value } = result.data;
  const fits = sort === "score" ? typeof value === "number" : sort === "due" ? value === null || typeof value === "string" : typeof value === "string";
  if (!fits) throw broken;
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

/** ORDER BY for one sort, on the columns of `alias` (or unqualified, for the ORDER BY of a UNION). Constant SQL. */
export function queueOrderBy(sort: QueueSort, alias?: string): Prisma.Sql {
  const column = (name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);
  switch (sort) {
    case "score":
      return Prisma.raw(`${column("score")} DESC, ${column("id")} ASC`);
    case "oldest":
      return Prisma.raw(`${column("createdAt")} ASC, ${column("id")} ASC`);
    case "newest":
      return Prisma.raw(`${column("createdAt")} DESC, ${column("id")} DESC`);
    case "due":
      // The (dueAt, id) index's own order: ascending, nulls last.
      return Prisma.raw(`${column("dueAt")} ASC NULLS LAST, ${column("id")} ASC`);
  }
}

/**
 * The segments that, read in order, list every row after `cursor` (or every row, without one) in `sort` order: one
 * condition each on the Claim table aliased `c`, to be read in `queueOrderBy(sort)` order. Every segment is a plain
 * range of the sort's index, and the segments follow each other in that order, so the rows of all of them sorted by
 * `queueOrderBy(sort)` are the segments one after the other.
 *
 * Cursor values go in as parameters. Timestamps are passed as the ISO string of a JS Date (millisecond precision,
 * as the columns are) and cast in SQL, so the session's time zone cannot shift them.
 */
export function segmentsAfter(sort: QueueSort, cursor: QueueCursor | null): Prisma.Sql[] {
  if (!cursor) return [Prisma.sql`TRUE`];
  const id = Prisma.sql`${cursor.id}::uuid`;
  const at = (value: string) => Prisma.sql`${new Date(value).toISOString()}::timestamptz`;
  switch (sort) {
    case "score": {
      const score = Prisma.sql`${cursor.value as number}::float8`;
      return [Prisma.sql`c.score = ${score} AND c.id > ${id}`, Prisma.sql`c.score < ${score}`];
    }
    case "oldest": {
      const createdAt = at(cursor.value as string);
      return [Prisma.sql`c."createdAt" = ${createdAt} AND c.id > ${id}`, Prisma.sql`c."createdAt" > ${createdAt}`];
    }
    case "newest": {
      const createdAt = at(cursor.value as string);
      return [Prisma.sql`c."createdAt" = ${createdAt} AND c.id < ${id}`, Prisma.sql`c."createdAt" < ${createdAt}`];
    }
    case "due": {
      if (cursor.value === null) return [Prisma.sql`c."dueAt" IS NULL AND c.id > ${id}`];
      const dueAt = at(cursor.value as string);
      return [
        Prisma.sql`c."dueAt" = ${dueAt} AND c.id > ${id}`,
        Prisma.sql`c."dueAt" > ${dueAt}`,
        Prisma.sql`c."dueAt" IS NULL`,
      ];
    }
  }
}
