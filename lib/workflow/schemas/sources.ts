import { z } from "zod";
import { Stance } from "@/lib/generated/prisma/enums";
import { optionalText, requiredText, ZDate, ZId, ZVersionedClaimRef } from "./common";

// Only web addresses a reader can open: javascript:, data: and file: links must never reach a published report.
const ZHttpUrl = z
  .string()
  .trim()
  .max(2048, "The address is too long.")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." }));

/** A cleared form field arrives as "" — treat it as "none" rather than as an invalid value. */
function blankIsNull<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), schema);
}

const sourceFields = {
  url: ZHttpUrl,
  title: requiredText("The source's title", 500),
  stance: z.enum(Stance, "Choose whether the source supports, refutes or gives context."),
  publisher: optionalText(300),
  publishedAt: blankIsNull(ZDate.nullish()),
  /** The passage quoted from the source that bears on the claim. */
  excerpt: optionalText(5000),
  accessedAt: blankIsNull(ZDate.nullish()),
  archivedUrl: blankIsNull(ZHttpUrl.nullish()),
  note: optionalText(2000),
};

export const ZAddSourceInput = ZVersionedClaimRef.extend(sourceFields);
export type TAddSourceInput = z.input<typeof ZAddSourceInput>;

export const ZUpdateSourceInput = ZVersionedClaimRef.extend({
  sourceId: ZId,
  url: sourceFields.url.optional(),
  title: sourceFields.title.optional(),
  stance: sourceFields.stance.optional(),
  publisher: sourceFields.publisher,
  publishedAt: sourceFields.publishedAt,
  excerpt: sourceFields.excerpt,
  accessedAt: sourceFields.accessedAt,
  archivedUrl: sourceFields.archivedUrl,
  note: sourceFields.note,
});
export type TUpdateSourceInput = z.input<typeof ZUpdateSourceInput>;

export const ZRemoveSourceInput = ZVersionedClaimRef.extend({ sourceId: ZId });
export type TRemoveSourceInput = z.input<typeof ZRemoveSourceInput>;
