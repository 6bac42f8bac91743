import type pg from "pg";
import { encodeCursor } from "@/lib/workflow/internal/queue-keyset";

/** One queue page, asked of the API and, with the same meaning, of PostgreSQL directly. */
export interface Scenario {
  name: string;
  /** GET /api/queue search params. */
  query: URLSearchParams;
  sql: string;
  params: unknown[];
}

export const PAGE = 50;
export const DEEP_ROW = 90_000;

/**
 * What findQueue returns, in one statement: the claim's queue columns, article title/language/direction, assignee
 * id/name and the number of sources, sorted like the `score` sort (score DESC, id) and one row past the page, as
 * findQueue asks for to know whether a next page exists.
 */
function pageSql(where?: string): string {
  return [
    `SELECT c.id, c."articleId", c.text, c."normalizedText", c.status, c.score, c.type, c.language, c.origin,`,
    `       c.priority, c."dueAt", c."createdAt", c."updatedAt", c.version,`,
    `       u.id AS "assigneeId", u.name AS "assigneeName",`,
    `       a.title AS "articleTitle", a.language AS "articleLanguage", a.direction AS "articleDirection",`,
    `       (SELECT count(*) FROM "Source" s WHERE s."claimId" = c.id) AS "sourceCount"`,
    `FROM "Claim" c`,
    `JOIN "Article" a ON a.id = c."articleId"`,
    `LEFT JOIN "User" u ON u.id = c."assigneeId"`,
    ...(where ? [`WHERE ${where}`] : []),
    `ORDER BY c.score DESC, c.id`,
    `LIMIT ${PAGE + 1}`,
  ].join("\n");
}

export async function buildScenarios(client: pg.Client): Promise<Scenario[]> {
  // The deep page starts after row DEEP_ROW in score order; its cursor is built exactly as findQueue encodes the
  // last row of the page before it.
  const { rows } = await client.query<{ score: number; id: string }>(
    `SELECT score, id FROM "Claim" ORDER BY score DESC, id OFFSET $1 LIMIT 1`,
    [DEEP_ROW - 1],
  );
  const last = rows[0];
  if (!last) throw new Error(`The bench database has fewer than ${DEEP_ROW} claims.`);
  const cursor = encodeCursor({ sort: "score", value: last.score, id: last.id });

  return [
    {
      name: "first page",
      query: new URLSearchParams({ sort: "score", limit: String(PAGE) }),
      sql: pageSql(),
      params: [],
    },
    {
      name: "filtered page",
      query: new URLSearchParams({
        status: "NEW,IN_RESEARCH",
        language: "ar",
        minScore: "0.6",
        assignee: "unassigned",
        sort: "score",
        limit: String(PAGE),
      }),
      sql: pageSql(`c.status = ANY($1::"ClaimStatus"[]) AND c.language = $2 AND c.score >= $3 AND c."assigneeId" IS NULL`),
      params: [["NEW", "IN_RESEARCH"], "ar", 0.6],
    },
    {
      name: `deep page (row ${DEEP_ROW.toLocaleString("en")})`,
      query: new URLSearchParams({ sort: "score", limit: String(PAGE), cursor }),
      // "After (score, id) in score DESC, id order", written as one index range (score <= x) plus a filter for the
      // rows that tie with the cursor's score — what a person tuning this query by hand would write.
      sql: pageSql(`c.score <= $1 AND (c.score < $1 OR c.id > $2::uuid)`),
      params: [last.score, last.id],
    },
  ];
}
