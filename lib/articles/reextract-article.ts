import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { extractClaims } from "@/lib/extraction";
import { claimRowsFromExtraction } from "./claim-rows";

/**
 * Runs extraction again (e.g. after the extractor improved). Claims nobody has touched — extracted, still NEW,
 * unassigned, never edited (version 1), no sources, no comments — are replaced; every claim an editor touched is
 * kept, and new claims that would overlap a kept one are skipped so no work is duplicated.
 */
export async function reextractArticle(actor: Actor, articleId: string) {
  assertCan(actor, "article.reextract");
  // A malformed id would reach PostgreSQL as an invalid uuid and come back as an unexplained server error.
  if (!z.uuid().safeParse(articleId).success) throw new AppError("NOT_FOUND", "This article does not exist.");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, body: true, language: true } });
    if (!article) throw new AppError("NOT_FOUND", "This article does not exist.");
    const claims = await tx.claim.findMany({
      where: { articleId },
      select: { id: true, start: true, end: true, status: true, origin: true, version: true, assigneeId: true, _count: { select: { sources: true, comments: true } } },
    });
    const untouched = claims.filter(
      // Comments count as work: deleting the claim would cascade-delete the desk's discussion of it.
      (c) =>
        c.origin === "EXTRACTED" && c.status === "NEW" && c.version === 1 && !c.assigneeId && c._count.sources === 0 && c._count.comments === 0,
    );
    const kept = claims.filter((c) => !untouched.includes(c));
    const extraction = extractClaims(article.body, { language: article.language as "ar" | "fr" | "en" });
    const rows = claimRowsFromExtraction(article.id, article.language, extraction.claims).filter(
      (row) => !kept.some((k) => row.start < k.end && k.start < row.end),
    );
    await tx.claim.deleteMany({ where: { id: { in: untouched.map((c) => c.id) } } });
    await tx.claim.createMany({ data: rows });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.reextract",
      entityType: "Article",
      entityId: article.id,
      before: { claims: claims.length },
      after: { replaced: untouched.length, kept: kept.length, added: rows.length },
    });
    return { replaced: untouched.length, kept: kept.length, added: rows.length };
  });
}
