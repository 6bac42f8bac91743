import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertTransition } from "@/lib/workflow/claim-status";
import { updateClaimAtVersion } from "@/lib/workflow/internal/claim-access";
import { parseCorrections } from "./load-report";
import { snapshotOf } from "./published-snapshot";
import { REPORT_CLAIM_INCLUDE, reportSlugFor } from "./queries";
import { latestApprovedVerdict } from "./report-rows";

/**
 * Publishes (or republishes) an article's report: every APPROVED claim becomes PUBLISHED with its approved revision
 * as the public verdict. A claim that was already public under another revision is a correction: it is recorded with
 * its note and previous rating, and the report's modification date moves.
 */
export async function publishReport(actor: Actor, { articleId }: { articleId: string }) {
  assertCan(actor, "report.publish");
  // A malformed id would reach PostgreSQL as an invalid uuid and come back as an unexplained server error.
  if (!z.uuid().safeParse(articleId).success) throw new AppError("NOT_FOUND", "This article does not exist.");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, include: { report: true } });
    if (!article) throw new AppError("NOT_FOUND", "This article does not exist.");
    const approved = await tx.claim.findMany({ where: { articleId, status: "APPROVED" }, include: REPORT_CLAIM_INCLUDE });
    if (approved.length === 0) {
      throw new AppError("CONFLICT", "Nothing new to publish: no claim of this article has a newly approved verdict.");
    }
    const now = new Date();
    const corrections = parseCorrections(article.report?.corrections);
    const newCorrections = [];
    for (const claim of approved) {
      const verdict = latestApprovedVerdict(claim.verdicts);
      if (!verdict) continue;
      assertTransition("APPROVED", "PUBLISHED");
      const previous = claim.verdicts.find((v) => v.id === claim.publishedVerdictId);
      if (previous && previous.id !== verdict.id) {
        newCorrections.push({ claimId: claim.id, note: verdict.correctionNote ?? "", at: now, previousRating: previous.rating, rating: verdict.rating });
      }
      // Guarded by the version that was read: a second publisher racing this one gets STALE_VERSION instead of
      // publishing the same claims twice (and writing a second set of publish events and corrections).
      await updateClaimAtVersion(tx, claim, { status: "PUBLISHED", publishedVerdictId: verdict.id, firstPublishedAt: claim.firstPublishedAt ?? now });
      await recordAudit(tx, {
        actorId: actor.id, action: "claim.publish", entityType: "Claim", entityId: claim.id, claimId: claim.id,
        before: { status: "APPROVED", publishedVerdictId: claim.publishedVerdictId },
        // `published` is what the public page shows of this claim until its next publication (published-snapshot.ts).
        after: { status: "PUBLISHED", publishedVerdictId: verdict.id, revision: verdict.revision, published: snapshotOf(claim) },
      });
    }
    const wasPublished = article.report?.status === "PUBLISHED" || Boolean(article.report?.publishedAt);
    const allCorrections = [...corrections, ...newCorrections];
    const report = await tx.report.upsert({
      where: { articleId },
      create: { articleId, slug: reportSlugFor(articleId), status: "PUBLISHED", publishedAt: now, publishedById: actor.id },
      update: {
        status: "PUBLISHED",
        publishedAt: article.report?.publishedAt ?? now,
        modifiedAt: wasPublished ? now : null,
        publishedById: actor.id,
        corrections: allCorrections as unknown as Prisma.InputJsonValue,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id, action: wasPublished ? "report.republish" : "report.publish", entityType: "Report", entityId: report.id,
      after: { slug: report.slug, claims: approved.length, corrections: newCorrections.length },
    });
    return { slug: report.slug, published: approved.length, corrections: newCorrections.length };
  });
}
