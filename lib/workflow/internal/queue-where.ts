import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ZQueueFilters } from "../schemas/queue";
import type { z } from "zod";

/** Queue filters as a Prisma where clause; shared by the page query and the per-status counts. */
export function queueWhere(actor: Actor, filters: Partial<z.output<typeof ZQueueFilters>>): Prisma.ClaimWhereInput {
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
