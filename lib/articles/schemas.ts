import { z } from "zod";
import { normalizeArticleText } from "@/lib/import/normalize";

export const ARTICLE_LANGUAGES = ["ar", "fr", "en"] as const;
export const MAX_ARTICLE_CHARS = 1_000_000;

// Titles and outlets are pasted too: cleaned like the body (PostgreSQL refuses NUL and lone surrogates, which would
// otherwise surface as an unexplained server error) and kept on one line.
const oneLine = (value: string) => normalizeArticleText(value).replace(/\s+/g, " ");

const optionalText = (max: number) =>
  z.string().transform(oneLine).pipe(z.string().max(max)).optional().transform((v) => (v ? v : undefined));

const optionalUrl = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.string().url("Enter a full URL starting with http:// or https://").refine((u) => /^https?:\/\//i.test(u), "Only http(s) links are accepted.").optional());

export const ZImportArticleInput = z.object({
  // The type-error messages matter too: a request without the field at all should read as plainly as a blank one.
  title: z.string("A title is required.").transform(oneLine).pipe(z.string().min(1, "A title is required.").max(500)),
  body: z.string("The article text is empty.").min(1, "The article text is empty.").max(MAX_ARTICLE_CHARS, "The article is longer than 1,000,000 characters."),
  language: z.enum(ARTICLE_LANGUAGES).optional(),
  outlet: optionalText(200),
  sourceUrl: optionalUrl,
  publishedAt: z.coerce.date().optional(),
});
export type TImportArticleInput = z.input<typeof ZImportArticleInput>;
