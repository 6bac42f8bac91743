import { z } from "zod";
import { requiredText, ZDate, ZId, ZVersionedClaimRef } from "./common";

export const ZAssignClaimInput = ZVersionedClaimRef.extend({ assigneeId: ZId });
export type TAssignClaimInput = z.input<typeof ZAssignClaimInput>;

export const ZTakeClaimInput = ZVersionedClaimRef;
export type TTakeClaimInput = z.input<typeof ZTakeClaimInput>;

export const ZUnassignClaimInput = ZVersionedClaimRef;
export type TUnassignClaimInput = z.input<typeof ZUnassignClaimInput>;

/** A bulk operation's selection: each claim with its article and the version the queue showed. */
export const MAX_BULK_CLAIMS = 500;
export const ZBulkClaimList = z
  .array(ZVersionedClaimRef)
  .min(1, "Select at least one claim.")
  .max(MAX_BULK_CLAIMS, `Select at most ${MAX_BULK_CLAIMS} claims at a time.`)
  .refine((claims) => new Set(claims.map((c) => c.claimId)).size === claims.length, "A claim is selected twice.");

export const ZBulkAssignInput = z.object({ assigneeId: ZId, claims: ZBulkClaimList });
export type TBulkAssignInput = z.input<typeof ZBulkAssignInput>;

export const ZBulkDismissInput = z.object({ reason: requiredText("A reason for dismissing", 1000), claims: ZBulkClaimList });
export type TBulkDismissInput = z.input<typeof ZBulkDismissInput>;

/** 0 = normal … 3 = urgent. */
export const PRIORITIES = [0, 1, 2, 3] as const;
export const ZSetClaimPlanInput = ZVersionedClaimRef.extend({
  priority: z.number().int().min(0).max(3).optional(),
  /** null clears the due date; undefined leaves it as it is. */
  dueAt: ZDate.nullish(),
}).refine((input) => input.priority !== undefined || input.dueAt !== undefined, "Give a priority or a due date.");
export type TSetClaimPlanInput = z.input<typeof ZSetClaimPlanInput>;
