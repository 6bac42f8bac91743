import type { ReportArticle, ReportClaim, ReportSource, ReportVerdict } from "@/lib/reports";
import type { RatingValue } from "@/lib/ratings";

/**
 * Maps database rows to the plain report model. Kept apart from the queries so the mapping (which verdict a claim
 * shows, who approved it) is readable in one place.
 */
export interface VerdictRow {
  id: string;
  revision: number;
  rating: string;
  rationale: string;
  correctionNote: string | null;
  createdAt: Date;
  author: { name: string };
  reviews: { decision: string; createdAt: Date; reviewer: { name: string } }[];
}

export interface ClaimRow {
  id: string;
  text: string;
  normalizedText: string;
  start: number;
  end: number;
  status: string;
  firstPublishedAt: Date | null;
  publishedVerdictId: string | null;
  verdicts: VerdictRow[];
  sources: {
    publisher: string | null; title: string; url: string; archivedUrl: string | null; accessedAt: Date;
    publishedAt: Date | null; stance: string; excerpt: string | null;
  }[];
}

/** Only the fields a report shows: a source's internal note and who added it never reach a report. */
export function publicSources(sources: ClaimRow["sources"]): ReportSource[] {
  return sources.map((s) => ({
    publisher: s.publisher,
    title: s.title,
    url: s.url,
    archivedUrl: s.archivedUrl,
    accessedAt: s.accessedAt,
    publishedAt: s.publishedAt,
    stance: s.stance as ReportSource["stance"],
    excerpt: s.excerpt,
  }));
}

export function approvalOf(verdict: VerdictRow) {
  return verdict.reviews.find((r) => r.decision === "APPROVE") ?? null;
}

/** The newest revision a reviewer approved, or null. */
export function latestApprovedVerdict(verdicts: readonly VerdictRow[]): VerdictRow | null {
  return [...verdicts].sort((a, b) => b.revision - a.revision).find((v) => approvalOf(v)) ?? null;
}

export function toReportVerdict(verdict: VerdictRow | null): ReportVerdict | null {
  const approval = verdict && approvalOf(verdict);
  if (!verdict || !approval) return null;
  return {
    rating: verdict.rating as RatingValue,
    rationale: verdict.rationale,
    revision: verdict.revision,
    proposedBy: { name: verdict.author.name },
    proposedAt: verdict.createdAt,
    approvedBy: { name: approval.reviewer.name },
    approvedAt: approval.createdAt,
    correctionNote: verdict.correctionNote,
  };
}

/**
 * `view: "public"` shows exactly what was published (the published revision, even while a correction is being
 * prepared); `view: "desk"` shows the desk's current state (latest approved revision, everything else pending).
 */
export function toReportClaim(row: ClaimRow, position: number, article: ReportArticle, view: "public" | "desk"): ReportClaim {
  const verdict =
    view === "public"
      ? toReportVerdict(row.verdicts.find((v) => v.id === row.publishedVerdictId) ?? null)
      : row.status === "APPROVED" || row.status === "PUBLISHED"
        ? toReportVerdict(latestApprovedVerdict(row.verdicts))
        : null;
  return {
    id: row.id,
    position,
    quote: row.text,
    normalizedText: row.normalizedText,
    start: row.start,
    end: row.end,
    // On the public page every listed claim is published, whatever the desk is doing with it now.
    status: (view === "public" ? "PUBLISHED" : row.status) as ReportClaim["status"],
    article,
    verdict,
    sources: publicSources(row.sources),
    firstPublishedAt: row.firstPublishedAt,
  };
}
