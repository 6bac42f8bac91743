import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportArticle, ReportCorrection, ReportData, ReportLocale } from "@/lib/reports";
import { organization, REPORT_CLAIM_INCLUDE, reportSlugFor } from "./queries";
import { findPublishedSnapshots } from "./published-snapshot";
import { toReportClaim } from "./report-rows";

export interface LoadReportOptions {
  articleId: string;
  locale: ReportLocale;
  /** List claims without an approved verdict as pending (default) or leave them out. */
  includePending?: boolean;
  /** Absolute base URL of this Sanad, for the public report link and ClaimReview URLs. */
  baseUrl: string;
}

function reportArticle(article: { id: string; title: string; outlet: string | null; sourceUrl: string | null; publishedAt: Date | null; language: string; direction: "RTL" | "LTR" }): ReportArticle {
  return { id: article.id, title: article.title, outlet: article.outlet, sourceUrl: article.sourceUrl, publishedAt: article.publishedAt, language: article.language, direction: article.direction };
}

/** The desk's export of one article: every claim not dismissed, in article order, with approved verdicts. */
export async function loadArticleReport(actor: Actor, options: LoadReportOptions): Promise<ReportData> {
  assertCan(actor, "report.export");
  const article = await db.article.findUnique({
    where: { id: options.articleId },
    include: {
      claims: { where: { status: { not: "DISMISSED" } }, orderBy: [{ start: "asc" }, { end: "asc" }], include: REPORT_CLAIM_INCLUDE },
      report: true,
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "This article does not exist.");
  const subject = reportArticle(article);
  const report = article.report;
  return {
    locale: options.locale,
    generatedAt: new Date(),
    publicUrl: `${options.baseUrl}/r/${report?.slug ?? reportSlugFor(article.id)}`,
    organization: organization(options.baseUrl),
    subject: { kind: "article", article: subject },
    status: report?.status ?? "DRAFT",
    publishedAt: report?.publishedAt ?? null,
    modifiedAt: report?.modifiedAt ?? null,
    corrections: parseCorrections(report?.corrections),
    claims: article.claims.map((claim, index) => toReportClaim(claim, index + 1, subject, "desk")),
    includePending: options.includePending ?? true,
  };
}

/**
 * The public, read-only report: only what was published; anything else is NOT_FOUND (a 404 page). Each claim shows
 * its published verdict and the quote, wording and sources it was published with, even while a correction is being
 * prepared on the desk (see published-snapshot.ts). `locale` defaults to the report's own language.
 */
export async function loadPublicReport(slug: string, locale: ReportLocale | undefined, baseUrl: string): Promise<ReportData> {
  const report = await db.report.findUnique({ where: { slug }, include: { article: true } });
  if (!report || report.status !== "PUBLISHED") throw new AppError("NOT_FOUND", "No published report at this address.");
  const rows = await db.claim.findMany({
    where: { articleId: report.articleId, publishedVerdictId: { not: null } },
    include: REPORT_CLAIM_INCLUDE,
  });
  const snapshots = await findPublishedSnapshots(rows.map((row) => row.id));
  // Claims published before snapshots were recorded fall back to their current row.
  const claims = rows
    .map((row) => {
      const published = snapshots.get(row.id);
      return published ? { ...row, ...published } : row;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const subject = reportArticle(report.article);
  return {
    locale: locale ?? (report.language === "en" ? "en" : "ar"),
    generatedAt: new Date(),
    publicUrl: `${baseUrl}/r/${report.slug}`,
    organization: organization(baseUrl),
    subject: { kind: "article", article: subject },
    status: "PUBLISHED",
    publishedAt: report.publishedAt,
    modifiedAt: report.modifiedAt,
    corrections: parseCorrections(report.corrections),
    claims: claims.map((claim, index) => toReportClaim(claim, index + 1, subject, "public")),
    includePending: false,
  };
}

export function parseCorrections(value: unknown): ReportCorrection[] {
  if (!Array.isArray(value)) return [];
  return value.map((c) => ({ ...c, at: new Date(c.at) })) as ReportCorrection[];
}
