import { Prisma } from "@/lib/generated/prisma/client";
import type { ClaimOrigin, ClaimStatus, ClaimType, TextDirection } from "@/lib/generated/prisma/enums";
import type { QueueSort } from "../schemas/queue";
import { queueOrderBy, segmentsAfter, type QueueCursor } from "./queue-keyset";

const CLAIM_COLUMNS = Prisma.raw(
  `c.id, c."articleId", c.text, c."normalizedText", c.status, c.score, c.type, c.language, c.origin, c.priority, ` +
    `c."dueAt", c."createdAt", c."updatedAt", c.version, c."assigneeId"`,
);

/**
 * One queue page in one SQL statement. As Prisma queries the page cost four or five statements (claims per segment,
 * then assignees, articles and source counts by id) plus building the rows in JS — several times the CPU of the page
 * itself, on the busiest read in the app.
 *
 * Each keyset segment (queue-keyset.ts) is one branch, `(SELECT … FROM "Claim" c WHERE filters AND segment ORDER BY
 * … LIMIT n)`: a range of the sort's index read until n rows match. The UNION ALL of the branches is sorted again and
 * cut to n, which keeps the segments in order because each lies wholly after the one before it in the sort.
 *
 * Only then are the n claims given their article, assignee and source count, each by one primary-key (or
 * Source(claimId)) lookup per row — not Prisma's `_count`, which joins a GROUP BY over the whole Source table. The
 * `OFFSET 0` keeps the LATERAL subqueries from being flattened into ordinary joins: flattened, the planner prices 50
 * random lookups above one pass over a small table and hashes the whole Article table instead, a sequential scan on
 * every page that grows with the archive (seen on a cursor page whose tie segment it could not bound).
 *
 * Unlike the old one-query-per-segment loop, every branch is opened even when an earlier one fills the page (the
 * merge needs each branch's first row). On the sort's index that is one probe; when a filter sends the planner to
 * another index, e.g. (assigneeId, status), the branch reads and sorts that filter's matches — a few hundred rows,
 * ~0.3 ms, in the bench's "one assignee, CHANGES_REQUESTED" plan.
 */
export function queuePageStatement(filters: Prisma.Sql[], sort: QueueSort, cursor: QueueCursor | null, limit: number): Prisma.Sql {
  const branches = segmentsAfter(sort, cursor).map(
    (segment) => Prisma.sql`SELECT ${CLAIM_COLUMNS} FROM "Claim" c
      WHERE ${Prisma.join([...filters, segment], " AND ")}
      ORDER BY ${queueOrderBy(sort, "c")} LIMIT ${limit}`,
  );
  // PostgreSQL refuses a second ORDER BY on a lone parenthesised SELECT, and one segment needs no merging anyway.
  const page =
    branches.length === 1
      ? branches[0]!
      : Prisma.sql`${Prisma.join(
          branches.map((branch) => Prisma.sql`(${branch})`),
          " UNION ALL ",
        )} ORDER BY ${queueOrderBy(sort)} LIMIT ${limit}`;
  return Prisma.sql`
    SELECT c.id, c."articleId", c.text, c."normalizedText", c.status, c.score, c.type, c.language, c.origin,
           c.priority, c."dueAt", c."createdAt", c."updatedAt", c.version,
           u.id AS "assigneeId", u.name AS "assigneeName",
           a.title AS "articleTitle", a.language AS "articleLanguage", a.direction AS "articleDirection",
           (SELECT count(*)::int FROM "Source" s WHERE s."claimId" = c.id) AS "sourceCount"
    FROM (${page}) AS c
    CROSS JOIN LATERAL (SELECT title, language, direction FROM "Article" WHERE id = c."articleId" OFFSET 0) AS a
    LEFT JOIN LATERAL (SELECT id, name FROM "User" WHERE id = c."assigneeId" OFFSET 0) AS u ON TRUE
    ORDER BY ${queueOrderBy(sort, "c")}`;
}

/** The claim's own columns, shared by the statement's record and the row findQueue returns. */
interface QueueClaimFields {
  id: string;
  articleId: string;
  text: string;
  normalizedText: string;
  status: ClaimStatus;
  score: number;
  type: ClaimType;
  language: string;
  origin: ClaimOrigin;
  priority: number;
  dueAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  sourceCount: number;
}

/** A row as the statement returns it: enums arrive as their text, timestamps as Dates, the count as an int4. */
export interface QueuePageRecord extends QueueClaimFields {
  assigneeId: string | null;
  assigneeName: string | null;
  articleTitle: string;
  articleLanguage: string;
  articleDirection: TextDirection;
}

/** One row of the review queue, as findQueue returns it. */
export interface QueueRow extends QueueClaimFields {
  assignee: { id: string; name: string } | null;
  article: { title: string; language: string; direction: TextDirection };
}

export function toQueueRow(record: QueuePageRecord): QueueRow {
  return {
    id: record.id,
    articleId: record.articleId,
    text: record.text,
    normalizedText: record.normalizedText,
    status: record.status,
    score: record.score,
    type: record.type,
    language: record.language,
    origin: record.origin,
    priority: record.priority,
    dueAt: record.dueAt,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    version: record.version,
    assignee: record.assigneeId === null ? null : { id: record.assigneeId, name: record.assigneeName! },
    article: { title: record.articleTitle, language: record.articleLanguage, direction: record.articleDirection },
    sourceCount: record.sourceCount,
  };
}
