import { z } from "zod";
import { ClaimStatus, ClaimType } from "@/lib/generated/prisma/enums";
import { ZId } from "./common";

/**
 * Queue filters. They arrive from URL search params as often as from code, so lists also accept "A,B" strings and
 * numbers accept numeric strings. Leaving `status` out means every status; the screen chooses its default view.
 */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(20).optional(),
  );
}

const ZScore = z.coerce.number().min(0).max(1);

export const ZQueueFilters = z.object({
  status: list(z.enum(ClaimStatus)),
  /** A user id, "me" (the actor) or "unassigned". */
  assignee: z.union([z.literal("me"), z.literal("unassigned"), ZId]).optional(),
  articleId: ZId.optional(),
  language: z.string().trim().min(2).max(16).optional(),
  type: list(z.enum(ClaimType)),
  minScore: ZScore.optional(),
  maxScore: ZScore.optional(),
});
export type TQueueFilters = z.input<typeof ZQueueFilters>;

/**
 * score: most check-worthy first · oldest / newest: by when the claim entered the desk · due: soonest due date
 * first, claims without one last.
 */
export const QUEUE_SORTS = ["score", "oldest", "newest", "due"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const MAX_QUEUE_PAGE = 200;

export const ZFindQueueInput = ZQueueFilters.extend({
  sort: z.enum(QUEUE_SORTS).default("score"),
  /** `nextCursor` from the previous page; omit for the first page. */
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_QUEUE_PAGE).default(50),
});
export type TFindQueueInput = z.input<typeof ZFindQueueInput>;

export const ZCountByStatusInput = ZQueueFilters.omit({ status: true });
export type TCountByStatusInput = z.input<typeof ZCountByStatusInput>;
