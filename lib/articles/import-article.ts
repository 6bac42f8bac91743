import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ExtractionInputError, extractClaims } from "@/lib/extraction";
import { contentHash, detectDirection, normalizeArticleText } from "@/lib/import/normalize";
import { parseInput } from "@/lib/validation";
import { claimRowsFromExtraction } from "./claim-rows";
import { ZImportArticleInput, type TImportArticleInput } from "./schemas";

export interface ImportArticleResult {
  articleId: string;
  /** False when the same text was already imported: the caller opens the existing article instead. */
  created: boolean;
  claimCount: number;
}

/**
 * Stores an article and its extracted claims in one transaction, so a failure leaves nothing half-written. The text
 * is normalised once here; every claim offset refers to the stored text.
 */
export async function importArticle(actor: Actor, raw: TImportArticleInput): Promise<ImportArticleResult> {
  assertCan(actor, "article.import");
  const input = parseInput(ZImportArticleInput, raw);
  const body = normalizeArticleText(input.body);
  if (!body) throw new AppError("BAD_REQUEST", "The article text is empty once invisible characters are removed.");
  const hash = contentHash(body);

  const existing = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, _count: { select: { claims: true } } } });
  if (existing) return { articleId: existing.id, created: false, claimCount: existing._count.claims };

  let extraction;
  try {
    extraction = extractClaims(body, input.language ? { language: input.language } : undefined);
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new AppError("BAD_REQUEST", error.message);
    throw error;
  }
  const language = input.language ?? extraction.language;

  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          title: input.title,
          body,
          language,
          direction: detectDirection(language),
          outlet: input.outlet,
          sourceUrl: input.sourceUrl,
          publishedAt: input.publishedAt,
          contentHash: hash,
          createdById: actor.id,
        },
      });
      const rows = claimRowsFromExtraction(article.id, language, extraction.claims);
      await tx.claim.createMany({ data: rows });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.import",
        entityType: "Article",
        entityId: article.id,
        after: { title: article.title, language, outlet: article.outlet, sourceUrl: article.sourceUrl, claims: rows.length },
      });
      return { articleId: article.id, created: true, claimCount: rows.length };
    });
  } catch (error) {
    // Two people importing the same text at once: the loser opens the winner's article.
    if ((error as { code?: string }).code === "P2002") {
      const winner = await db.article.findUnique({ where: { contentHash: hash }, select: { id: true, _count: { select: { claims: true } } } });
      if (winner) return { articleId: winner.id, created: false, claimCount: winner._count.claims };
    }
    throw error;
  }
}
