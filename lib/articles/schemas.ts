import { z } from "zod";

export const ARTICLE_LANGUAGES = ["ar", "fr", "en"] as const;
export const MAX_ARTICLE_CHARS = 1_000_000;

const optionalText = (max: number) =>
  z.string().trim().max(max).optional().transform((v) => (v ? v : undefined));

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().url("Enter a full URL starting with http:// or https://").refine((u) => /^https?:\/\//i.test(u), "Only http(s) links are accepted.").optional());

export const ZImportArticleInput = z.object({
  title: z.string().trim().min(1, "A title is required.").max(500),
  body: z.string().min(1, "The article text is empty.").max(MAX_ARTICLE_CHARS, "The article is longer than 1,000,000 characters."),
  language: z.enum(ARTICLE_LANGUAGES).optional(),
  outlet: optionalText(200),
  sourceUrl: optionalUrl,
  publishedAt: z.coerce.date().optional(),
});
export type TImportArticleInput = z.input<typeof ZImportArticleInput>;
