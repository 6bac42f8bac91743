import type { Actor } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ZQueueFilters } from "../schemas/queue";
import type { z } from "zod";

type QueueFilters = Partial<z.output<typeof ZQueueFilters>>;

/** Queue filters as a Prisma where clause, for the per-status counts and the collection report. */
export function queueWhere(actor: Actor, filters: QueueFilters): Prisma.ClaimWhereInput {
  const where: Prisma.ClaimWhereInput = {};
  if (filters.status?.length) where.status = { in: filters.status };
  if (filters.assignee === "me") where.assigneeId = actor.id;
  else if (filters.assignee === "unassigned") where.assigneeId = null;
  else if (filters.assignee) where.assigneeId = filters.assignee;
  if (filters.articleId) where.articleId = filters.articleId;
  // Claims carry their article's language, so this filter needs no join.
  if (filters.language) where.language = filters.language;
  if (filters.type?.length) where.type = { in: filters.type };
  if (filters.minScore !== undefined || filters.maxScore !== undefined) {
    where.score = { gte: filters.minScore, lte: filters.maxScore };
  }
  return where;
}

/**
 * The same filters as `queueWhere`, as SQL conditions on the Claim table aliased `c`, for the queue's one-statement
 * page (queue-page.ts). Every value is a bound parameter; list values go in as one array parameter cast to the enum's
 * array type. Keep the two functions in step: tests/workflow/queue-statement.test.ts compares them.
 */
export function queueFilterSql(actor: Actor, filters: QueueFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.status?.length) conditions.push(Prisma.sql`c.status = ANY(${filters.status}::"ClaimStatus"[])`);
  if (filters.assignee === "me") conditions.push(Prisma.sql`c."assigneeId" = ${actor.id}::uuid`);
  else if (filters.assignee === "unassigned") conditions.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee) conditions.push(Prisma.sql`c."assigneeId" = ${filters.assignee}::uuid`);
  if (filters.articleId) conditions.push(Prisma.sql`c."articleId" = ${filters.articleId}::uuid`);
  if (filters.language) conditions.push(Prisma.sql`c.language = ${filters.language}`);
  if (filters.type?.length) conditions.push(Prisma.sql`c.type = ANY(${filters.type}::"ClaimType"[])`);
  if (filters.minScore !== undefined) conditions.push(Prisma.sql`c.score >= ${filters.minScore}::float8`);
  if (filters.maxScore !== undefined) conditions.push(Prisma.sql`c.score <= ${filters.maxScore}::float8`);
  return conditions;
}
