import { z } from "zod";
import { requiredText, ZClaimRef, ZVersionedClaimRef } from "./common";

export const ZAddCommentInput = ZVersionedClaimRef.extend({ body: requiredText("A comment", 5000) });
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;

export const ZFindClaimHistoryInput = ZClaimRef.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** `nextCursor` of the previous call: events older than this one. */
  before: z.string().regex(/^\d{1,19}$/, "Not a valid history cursor.").optional(),
});
export type TFindClaimHistoryInput = z.input<typeof ZFindClaimHistoryInput>;
