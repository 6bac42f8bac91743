import type pg from "pg";
import type { Actor } from "@/lib/auth/permissions";
import { cursorFor, type QueueCursor } from "@/lib/workflow/internal/queue-keyset";
import { queuePageStatement } from "@/lib/workflow/internal/queue-page";
import { queueFilterSql } from "@/lib/workflow/internal/queue-where";
import { ZFindQueueInput, type QueueSort, type TFindQueueInput } from "@/lib/workflow/schemas/queue";
import { DEEP_ROW, PAGE } from "./scenarios";

/** One findQueue page whose plan the bench shows: the statement findQueue sends, with its parameters. */
export interface PlanCase {
  name: string;
  sql: string;
  params: unknown[];
}

const ORDER: Record<QueueSort, string> = {
  score: `score DESC, id`,
  oldest: `"createdAt", id`,
  newest: `"createdAt" DESC, id DESC`,
  due: `"dueAt" NULLS LAST, id`,
};

/** The cursor findQueue hands out after row `row` of `sort` (filters aside), read by OFFSET once, here only. */
async function cursorAt(client: pg.Client, sort: QueueSort, row: number): Promise<QueueCursor> {
  const { rows } = await client.query<{ id: string; score: number; createdAt: Date; dueAt: Date | null }>(
    `SELECT id, score, "createdAt", "dueAt" FROM "Claim" ORDER BY ${ORDER[sort]} OFFSET $1 LIMIT 1`,
    [row - 1],
  );
  if (!rows[0]) throw new Error(`No row ${row} in ${sort} order.`);
  return cursorFor(rows[0], sort);
}

function statement(actor: Actor, input: TFindQueueInput, cursor: QueueCursor | null) {
  const parsed = ZFindQueueInput.parse(input);
  const sql = queuePageStatement(queueFilterSql(actor, parsed), parsed.sort, cursor, PAGE + 1);
  return { sql: sql.text, params: sql.values };
}

/**
 * findQueue's own statement for each sort — the first page, a page deep in the queue (for `due`, one in the dated
 * claims and one among the undated ones at the end) — and for the filters that have an index of their own (a status,
 * an assignee), so a run shows which index each page reads and that none scans Claim or Article.
 */
export async function buildPlanCases(client: pg.Client, actor: Actor): Promise<PlanCase[]> {
  const cases: PlanCase[] = [];
  const assignee = (await client.query<{ id: string }>(`SELECT "assigneeId" AS id FROM "Claim" WHERE "assigneeId" IS NOT NULL LIMIT 1`)).rows[0]!.id;
  for (const sort of ["score", "oldest", "newest", "due"] as const) {
    cases.push({ name: `${sort}, first page`, ...statement(actor, { sort }, null) });
    cases.push({ name: `${sort}, after row ${DEEP_ROW.toLocaleString("en")}`, ...statement(actor, { sort }, await cursorAt(client, sort, DEEP_ROW)) });
  }
  cases.push({ name: "due, after row 30,000 (dated claims)", ...statement(actor, { sort: "due" }, await cursorAt(client, "due", 30_000)) });
  cases.push({ name: "score, status IN_REVIEW", ...statement(actor, { sort: "score", status: ["IN_REVIEW"] }, null) });
  cases.push({ name: "score, status IN_REVIEW, after row 5,000", ...statement(actor, { sort: "score", status: ["IN_REVIEW"] }, await cursorAt(client, "score", 5_000)) });
  // A person's claims waiting on changes: a few hundred rows, where the (assigneeId, status) index beats walking a sort.
  cases.push({ name: "score, one assignee, CHANGES_REQUESTED", ...statement(actor, { sort: "score", assignee, status: ["CHANGES_REQUESTED"] }, null) });
  cases.push({ name: "due, one assignee, CHANGES_REQUESTED, after row 30,000", ...statement(actor, { sort: "due", assignee, status: ["CHANGES_REQUESTED"] }, await cursorAt(client, "due", 30_000)) });
  return cases;
}

/** EXPLAIN ANALYZE lines of one case, without costs. */
export async function explainPlan(client: pg.Client, planCase: PlanCase): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${planCase.sql}`, planCase.params);
  return rows.map((row) => row["QUERY PLAN"]);
}

/**
 * The scan lines of a plan (which index, which range) and its execution time; a sequential scan of Claim or Article
 * is flagged, since every queue page should be an index range plus per-row lookups.
 */
export function summarisePlan(lines: string[]): { scans: string[]; time: string; sequential: boolean } {
  const scans = lines
    .filter((line) => /(Index Scan|Index Only Scan|Bitmap Index Scan|Seq Scan)/.test(line) || /^\s*(Index Cond|Filter):/.test(line))
    .map((line) => line.replace(/\s*\(actual time=[^)]*\)/, "").trim());
  const time = lines.find((line) => line.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
  const sequential = lines.some((line) => /Seq Scan on "(Claim|Article)"/.test(line));
  return { scans, time, sequential };
}
