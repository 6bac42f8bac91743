/**
 * The one reading of ReportData that every format shares: which claims appear, which count as reviewed, what the
 * summary says, in what order. Formats only lay this out, so a PDF and its CSV can never disagree.
 */
import { RATINGS, type RatingValue } from "@/lib/ratings";

import type {
  ReportArticle,
  ReportClaim,
  ReportCorrection,
  ReportData,
  ReportLocale,
  ReportSource,
  ReportVerdict,
} from "./types";

export interface PreparedClaim {
  claim: ReportClaim;
  /** Claim number shown to readers: its position in the article, or its place in a collection. */
  number: number;
  /** Fragment id on the public page (`#claim-<id>`), shared by the HTML and ClaimReview `url`. */
  anchor: string;
  /** The approved verdict, or null while the claim is pending. */
  verdict: ReportVerdict | null;
  /** Empty while pending: research nobody has reviewed is not published. */
  sources: ReportSource[];
  /** Corrections of this claim, oldest first. */
  corrections: ReportCorrection[];
}

export interface ReportSummary {
  total: number;
  reviewed: number;
  pending: number;
  byRating: Record<RatingValue, number>;
}

export interface PreparedReport {
  data: ReportData;
  locale: ReportLocale;
  dir: "rtl" | "ltr";
  timeZone: string;
  title: string;
  claims: PreparedClaim[];
  summary: ReportSummary;
  /** Every article the report's claims come from, first appearance first. */
  articles: ReportArticle[];
  corrections: ReportCorrection[];
}

/** Fails closed: a verdict is shown only when the claim's workflow status says a reviewer approved it. */
export function isReviewed(claim: ReportClaim): boolean {
  return (claim.status === "APPROVED" || claim.status === "PUBLISHED") && claim.verdict != null;
}

export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

export function localeDirection(locale: ReportLocale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/** The `dir` attribute value for an article's text. Maps rather than lowercases, so only "rtl"/"ltr" reach markup. */
export function articleDirection(direction: string): "rtl" | "ltr" {
  return direction === "RTL" ? "rtl" : "ltr";
}

export function reportTitle(data: ReportData): string {
  return data.subject.kind === "article" ? data.subject.article.title : data.subject.title;
}

export function prepareReport(data: ReportData): PreparedReport {
  const includePending = data.includePending ?? true;
  // Dismissed claims were judged not worth checking; they are neither verdicts nor pending work.
  let claims = data.claims.filter((c) => c.status !== "DISMISSED");
  if (data.subject.kind === "article") {
    claims = [...claims].sort((a, b) => a.position - b.position || a.start - b.start);
  }
  if (!includePending) claims = claims.filter(isReviewed);

  // A correction is shown only beside a claim the report shows (a collection holds corrections of other reports too).
  const shown = new Set(claims.map((c) => c.id));
  const corrections = data.corrections
    .filter((c) => shown.has(c.claimId))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const byRating = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<RatingValue, number>;
  const articles = new Map<string, ReportArticle>();
  if (data.subject.kind === "article") articles.set(data.subject.article.id, data.subject.article);

  const prepared = claims.map((claim, index): PreparedClaim => {
    const reviewed = isReviewed(claim);
    const verdict = reviewed ? (claim.verdict ?? null) : null;
    if (verdict) byRating[verdict.rating] += 1;
    if (!articles.has(claim.article.id)) articles.set(claim.article.id, claim.article);
    return {
      claim,
      number: data.subject.kind === "article" ? claim.position : index + 1,
      anchor: claimAnchor(claim.id),
      verdict,
      sources: reviewed ? claim.sources : [],
      corrections: corrections.filter((c) => c.claimId === claim.id),
    };
  });

  const reviewed = prepared.filter((c) => c.verdict).length;
  // Anything but "ar" is English: the value ends up in markup attributes, so it is never passed through as given.
  const locale: ReportLocale = data.locale === "ar" ? "ar" : "en";
  return {
    data,
    locale,
    dir: localeDirection(locale),
    timeZone: data.timeZone ?? "UTC",
    title: reportTitle(data),
    claims: prepared,
    summary: { total: prepared.length, reviewed, pending: prepared.length - reviewed, byRating },
    articles: [...articles.values()],
    corrections,
  };
}

/** Only http(s) links become links: a `javascript:` or `data:` URL stored as a source stays visible text, never a
 * clickable target. Returns the parsed, percent-encoded form so it is safe inside attributes and Markdown. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
