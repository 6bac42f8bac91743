import { z } from "zod";
import { ReviewDecision } from "@/lib/generated/prisma/enums";
import { RATINGS } from "@/lib/ratings";
import { optionalText, requiredText, ZId, ZVersionedClaimRef } from "./common";

export const ZProposeVerdictInput = ZVersionedClaimRef.extend({
  rating: z.enum(RATINGS, "Choose a rating from the desk's scale."),
  rationale: requiredText("A rationale", 20_000),
  /** Required when the claim's verdict is already public (this revision corrects it); shown to readers. */
  correctionNote: optionalText(2000),
});
export type TProposeVerdictInput = z.input<typeof ZProposeVerdictInput>;

export const ZReviewVerdictInput = ZVersionedClaimRef.extend({
  verdictId: ZId,
  decision: z.enum(ReviewDecision),
  comment: optionalText(5000),
}).refine((input) => input.decision !== "REQUEST_CHANGES" || Boolean(input.comment), {
  message: "Say what needs to change: a comment is required to request changes.",
  path: ["comment"],
});
export type TReviewVerdictInput = z.input<typeof ZReviewVerdictInput>;

export const ZReopenClaimInput = ZVersionedClaimRef.extend({
  reason: requiredText("A reason for the correction", 2000),
});
export type TReopenClaimInput = z.input<typeof ZReopenClaimInput>;
