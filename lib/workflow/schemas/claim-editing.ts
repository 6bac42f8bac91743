import { z } from "zod";
import { ClaimType } from "@/lib/generated/prisma/enums";
import { optionalText, requiredText, ZClaimRef, ZId, ZVersion, ZVersionedClaimRef } from "./common";

const ZOffset = z.number().int().nonnegative();
const ZNormalizedText = requiredText("The normalized claim", 2000);

export const ZAddClaimInput = z.object({
  articleId: ZId,
  /** UTF-16 offsets of the editor's selection in the article body; whitespace at the edges is trimmed off. */
  start: ZOffset,
  end: ZOffset,
  type: z.enum(ClaimType).default("OTHER"),
  /** Defaults to the selected text with its whitespace collapsed. */
  normalizedText: optionalText(2000),
});
export type TAddClaimInput = z.input<typeof ZAddClaimInput>;

export const ZUpdateClaimSpanInput = ZVersionedClaimRef.extend({ start: ZOffset, end: ZOffset });
export type TUpdateClaimSpanInput = z.input<typeof ZUpdateClaimSpanInput>;

export const ZUpdateNormalizedTextInput = ZVersionedClaimRef.extend({ normalizedText: ZNormalizedText });
export type TUpdateNormalizedTextInput = z.input<typeof ZUpdateNormalizedTextInput>;

export const ZSplitClaimInput = ZVersionedClaimRef.extend({
  /** Body offset where the second claim begins; strictly inside the claim's span. */
  at: ZOffset,
});
export type TSplitClaimInput = z.input<typeof ZSplitClaimInput>;

const ZMergePart = z.object({ claimId: ZId, version: ZVersion });
export const ZMergeClaimsInput = z
  .object({ articleId: ZId, claims: z.tuple([ZMergePart, ZMergePart]) })
  .refine((input) => input.claims[0].claimId !== input.claims[1].claimId, {
    message: "Choose two different claims to merge.",
    path: ["claims"],
  });
export type TMergeClaimsInput = z.input<typeof ZMergeClaimsInput>;

export const ZDismissClaimInput = ZVersionedClaimRef.extend({ reason: requiredText("A reason for dismissing", 1000) });
export type TDismissClaimInput = z.input<typeof ZDismissClaimInput>;

export const ZRestoreClaimInput = ZVersionedClaimRef;
export type TRestoreClaimInput = z.input<typeof ZRestoreClaimInput>;

export const ZClaimRefInput = ZClaimRef;
export type TClaimRefInput = z.input<typeof ZClaimRefInput>;
