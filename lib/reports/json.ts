/**
 * The JSON export, documented in docs/report-json-schema.md and checked against lib/reports/report.schema.json.
 * Text is carried exactly as stored (no escaping beyond JSON's own); dates are ISO 8601 strings in UTC; absent values
 * are `null`, never missing keys, so consumers can rely on the shape. Bump SCHEMA_VERSION's major part on any
 * change that can break a consumer (renamed or removed field, changed meaning); the minor part for added fields.
 */
import { BEST_RATING, RATINGS, WORST_RATING, ratingLabel, ratingNumeric, type RatingValue } from "@/lib/ratings";

import { prepareReport, type PreparedClaim, type PreparedReport } from "./model";
import type { ReportArticle, ReportData, ReportSource, SourceStance, TextDirection } from "./types";

export const REPORT_JSON_SCHEMA_VERSION = "1.0";

export interface ReportJsonArticle {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  direction: TextDirection;
}

export interface ReportJsonSource {
  publisher: string | null;
  title: string;
  url: string;
  archivedUrl: string | null;
  accessedAt: string;
  publishedAt: string | null;
  stance: SourceStance;
  excerpt: string | null;
}

export interface ReportJsonVerdict {
  rating: RatingValue;
  ratingLabel: string;
  ratingValue: number | null;
  rationale: string;
  revision: number;
  proposedBy: { name: string };
  proposedAt: string;
  approvedBy: { name: string };
  approvedAt: string;
  correctionNote: string | null;
}

export interface ReportJsonClaim {
  id: string;
  number: number;
  position: number;
  articleId: string;
  anchor: string;
  status: string;
  reviewState: "reviewed" | "pending";
  quote: string;
  normalizedText: string;
  start: number;
  end: number;
  verdict: ReportJsonVerdict | null;
  sources: ReportJsonSource[];
}

export interface ReportJson {
  schemaVersion: string;
  kind: "article" | "collection";
  locale: "ar" | "en";
  direction: "rtl" | "ltr";
  title: string;
  generatedAt: string;
  publicUrl: string | null;
  organization: { name: string; url: string };
  status: "DRAFT" | "PUBLISHED";
  publishedAt: string | null;
  modifiedAt: string | null;
  article: ReportJsonArticle | null;
  collection: { title: string; description: string | null; from: string | null; to: string | null } | null;
  articles: ReportJsonArticle[];
  includesPending: boolean;
  summary: { total: number; reviewed: number; pending: number; byRating: Record<RatingValue, number> };
  ratingScale: { rating: RatingValue; label: string; value: number | null }[];
  bestRating: number;
  worstRating: number;
  corrections: { claimId: string; note: string; at: string; previousRating: RatingValue; rating: RatingValue }[];
  claims: ReportJsonClaim[];
}

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

function articleJson(a: ReportArticle): ReportJsonArticle {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    url: a.sourceUrl,
    publishedAt: iso(a.publishedAt),
    language: a.language,
    direction: a.direction,
  };
}

function sourceJson(s: ReportSource): ReportJsonSource {
  return {
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    archivedUrl: s.archivedUrl,
    accessedAt: s.accessedAt.toISOString(),
    publishedAt: iso(s.publishedAt),
    stance: s.stance,
    excerpt: s.excerpt,
  };
}

function claimJson(report: PreparedReport, prepared: PreparedClaim): ReportJsonClaim {
  const { claim, verdict } = prepared;
  return {
    id: claim.id,
    number: prepared.number,
    position: claim.position,
    articleId: claim.article.id,
    anchor: prepared.anchor,
    status: claim.status,
    reviewState: verdict ? "reviewed" : "pending",
    quote: claim.quote,
    normalizedText: claim.normalizedText,
    start: claim.start,
    end: claim.end,
    verdict: verdict
      ? {
          rating: verdict.rating,
          ratingLabel: ratingLabel(verdict.rating, report.locale),
          ratingValue: ratingNumeric(verdict.rating),
          rationale: verdict.rationale,
          revision: verdict.revision,
          proposedBy: { name: verdict.proposedBy.name },
          proposedAt: verdict.proposedAt.toISOString(),
          approvedBy: { name: verdict.approvedBy.name },
          approvedAt: verdict.approvedAt.toISOString(),
          correctionNote: verdict.correctionNote,
        }
      : null,
    sources: prepared.sources.map(sourceJson),
  };
}

export function toReportJson(data: ReportData): ReportJson {
  const report = prepareReport(data);
  const { subject } = data;
  return {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    kind: subject.kind,
    locale: report.locale,
    direction: report.dir,
    title: report.title,
    generatedAt: data.generatedAt.toISOString(),
    publicUrl: data.publicUrl ?? null,
    organization: { name: data.organization.name, url: data.organization.url },
    status: data.status,
    publishedAt: iso(data.publishedAt),
    modifiedAt: iso(data.modifiedAt),
    article: subject.kind === "article" ? articleJson(subject.article) : null,
    collection:
      subject.kind === "collection"
        ? { title: subject.title, description: subject.description ?? null, from: iso(subject.from), to: iso(subject.to) }
        : null,
    articles: report.articles.map(articleJson),
    includesPending: data.includePending ?? true,
    summary: report.summary,
    ratingScale: RATINGS.map((rating) => ({ rating, label: ratingLabel(rating, report.locale), value: ratingNumeric(rating) })),
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    corrections: report.corrections.map((c) => ({
      claimId: c.claimId,
      note: c.note,
      at: c.at.toISOString(),
      previousRating: c.previousRating,
      rating: c.rating,
    })),
    claims: report.claims.map((c) => claimJson(report, c)),
  };
}

/** Pretty-printed (two spaces) so a journalist can read the download; a trailing newline, as text files have. */
export function buildReportJson(data: ReportData): string {
  return `${JSON.stringify(toReportJson(data), null, 2)}\n`;
}
