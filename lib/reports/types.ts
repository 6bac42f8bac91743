/**
 * The data every report format is built from. Plain, serialisable values only (Dates, strings, numbers), so the
 * loader can build it from Prisma rows without this module knowing Prisma, and tests can write it by hand.
 * Enum-like fields use the Prisma enum names, so database values pass straight through.
 */
import type { RatingValue } from "@/lib/ratings";

export type ReportLocale = "ar" | "en";
/** Same names as the Prisma enum `TextDirection`. */
export type TextDirection = "RTL" | "LTR";
/** Same names as the Prisma enum `ClaimStatus`. */
export type ReportClaimStatus =
  | "NEW"
  | "IN_RESEARCH"
  | "IN_REVIEW"
  | "CHANGES_REQUESTED"
  | "APPROVED"
  | "DISMISSED"
  | "PUBLISHED";
/** Same names as the Prisma enum `Stance`. */
export type SourceStance = "SUPPORTS" | "REFUTES" | "CONTEXT";
/** Same names as the Prisma enum `ReportStatus`; a collection export (not a stored report) is a DRAFT. */
export type ReportStatus = "DRAFT" | "PUBLISHED";

export interface ReportOrganization {
  /** The desk that publishes the fact-check (ClaimReview `author`). */
  name: string;
  url: string;
}

export interface ReportArticle {
  id: string;
  title: string;
  outlet: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  /** BCP 47 language of the article text, e.g. "ar" or "en". */
  language: string;
  direction: TextDirection;
}

export interface ReportPerson {
  name: string;
}

/** The verdict revision the report shows: the latest one a reviewer approved. Unapproved proposals never belong here. */
export interface ReportVerdict {
  rating: RatingValue;
  rationale: string;
  revision: number;
  proposedBy: ReportPerson;
  proposedAt: Date;
  approvedBy: ReportPerson;
  approvedAt: Date;
  /** Set when this revision corrects a verdict that was already published. */
  correctionNote: string | null;
}

export interface ReportSource {
  publisher: string | null;
  title: string;
  url: string;
  archivedUrl: string | null;
  accessedAt: Date;
  publishedAt: Date | null;
  stance: SourceStance;
  excerpt: string | null;
}

export interface ReportClaim {
  id: string;
  /** 1-based place of the claim in its article; a report shows claim N as "N" so the number is stable across exports. */
  position: number;
  /** The verbatim span of the article. */
  quote: string;
  normalizedText: string;
  /** UTF-16 offsets of `quote` in the article body (JavaScript string indices, as the extractor stores them). */
  start: number;
  end: number;
  status: ReportClaimStatus;
  /** The claim's article. For an article report it is the report's article; a collection mixes articles. */
  article: ReportArticle;
  /** Present only when a reviewer approved a verdict. Ignored unless status is APPROVED or PUBLISHED. */
  verdict?: ReportVerdict | null;
  sources: ReportSource[];
  /** When this claim's verdict first appeared on the public report, if the loader knows (ClaimReview datePublished). */
  firstPublishedAt?: Date | null;
}

export interface ReportCorrection {
  claimId: string;
  note: string;
  at: Date;
  previousRating: RatingValue;
  rating: RatingValue;
}

/** A report is about one article, or about a collection of claims chosen in the queue (e.g. a date range). */
export type ReportSubject =
  | { kind: "article"; article: ReportArticle }
  | { kind: "collection"; title: string; description?: string | null; from?: Date | null; to?: Date | null };

export interface ReportData {
  /** The report's language, chosen at export; Arabic reports are right-to-left. */
  locale: ReportLocale;
  generatedAt: Date;
  /** IANA time zone for dates shown to readers (HTML, PDF, Markdown). Defaults to "UTC". Machine formats use ISO UTC. */
  timeZone?: string;
  /** The public report page; ClaimReview `url` is `${publicUrl}#claim-${claimId}`. Without it no ClaimReview is built. */
  publicUrl?: string | null;
  organization: ReportOrganization;
  subject: ReportSubject;
  status: ReportStatus;
  publishedAt: Date | null;
  modifiedAt: Date | null;
  corrections: ReportCorrection[];
  /** In article order for an article report (the builders also sort by `position`); as given for a collection. */
  claims: ReportClaim[];
  /** List claims that are not approved yet as "pending" (default true), or leave them out (false). */
  includePending?: boolean;
}
