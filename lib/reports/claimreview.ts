/**
 * schema.org ClaimReview for the public report page: one per reviewed claim, checked against
 * lib/reports/claimreview.schema.json (Google's required and recommended fields for fact checks).
 *
 * Choices:
 * - `url` is the claim's own anchor on the public page (`${publicUrl}#claim-<id>`), as Google asks when one page holds
 *   several fact checks. Without a `publicUrl` there is no page to point to, so no ClaimReview is built.
 * - `claimReviewed` is the normalised text (Google wants a short summary), falling back to the verbatim quote.
 * - `reviewRating.alternateName` is the verdict label in the report's language. The numeric scale is FALSE = 1 …
 *   TRUE = 6 (lib/ratings.ts). UNVERIFIABLE has no place on that line, so its rating carries `alternateName` only and
 *   no `ratingValue`/`bestRating`/`worstRating`: Google requires only `alternateName`, and a made-up number would
 *   tell machines something the desk did not say.
 * - `datePublished` is when the claim's verdict first appeared on the public report (`firstPublishedAt`), else the
 *   report's publication, else the approval; `dateModified` is the last correction of that claim.
 * - `itemReviewed` is a Claim whose `appearance` is the article (CreativeWork with url and headline) and whose `author`
 *   is the article's outlet, the organisation that published the claim.
 */
import { BEST_RATING, WORST_RATING, ratingLabel, ratingNumeric } from "@/lib/ratings";

import { prepareReport, safeHttpUrl, type PreparedClaim, type PreparedReport } from "./model";
import type { ReportData } from "./types";

export interface SchemaOrganization {
  "@type": "Organization";
  name: string;
  url?: string;
}

export interface ClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  inLanguage: string;
  author: SchemaOrganization;
  datePublished: string;
  dateModified?: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: SchemaOrganization;
    datePublished?: string;
    appearance: { "@type": "CreativeWork"; url?: string; headline: string; inLanguage: string; datePublished?: string };
  };
}

function claimReview(report: PreparedReport, prepared: PreparedClaim, pageUrl: string): ClaimReview | null {
  const { claim, verdict } = prepared;
  if (!verdict) return null;
  const { data } = report;
  const article = claim.article;
  const articleUrl = safeHttpUrl(article.sourceUrl);
  const numeric = ratingNumeric(verdict.rating);
  const published = claim.firstPublishedAt ?? data.publishedAt ?? verdict.approvedAt;
  const lastCorrection = prepared.corrections.at(-1);
  const orgUrl = safeHttpUrl(data.organization.url);
  const articleDate = article.publishedAt?.toISOString();

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${pageUrl}#${prepared.anchor}`,
    claimReviewed: (claim.normalizedText || claim.quote).trim(),
    inLanguage: report.locale,
    author: { "@type": "Organization", name: data.organization.name, ...(orgUrl ? { url: orgUrl } : {}) },
    datePublished: published.toISOString(),
    ...(lastCorrection ? { dateModified: lastCorrection.at.toISOString() } : {}),
    reviewRating: {
      "@type": "Rating",
      alternateName: ratingLabel(verdict.rating, report.locale),
      ...(numeric === null ? {} : { ratingValue: numeric, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(article.outlet ? { author: { "@type": "Organization", name: article.outlet } } : {}),
      ...(articleDate ? { datePublished: articleDate } : {}),
      appearance: {
        "@type": "CreativeWork",
        ...(articleUrl ? { url: articleUrl } : {}),
        headline: article.title,
        inLanguage: article.language,
        ...(articleDate ? { datePublished: articleDate } : {}),
      },
    },
  };
}

/** One ClaimReview per reviewed claim, in report order. Pending claims never get one. */
export function buildClaimReviews(data: ReportData): ClaimReview[] {
  // The page URL without any fragment, so `#claim-…` is the only one.
  const pageUrl = safeHttpUrl(data.publicUrl)?.replace(/#.*$/, "");
  if (!pageUrl) return [];
  const report = prepareReport({ ...data, includePending: false });
  return report.claims.map((c) => claimReview(report, c, pageUrl)).filter((r): r is ClaimReview => r !== null);
}

/** JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` become \u escapes so text such as
 * `</script>` or `<!--` in a claim cannot end or alter the element; U+2028/2029 are escaped for old JS parsers.
 * JSON.parse gives back exactly the same text. */
export function claimReviewJsonLd(data: ReportData): string {
  return JSON.stringify(buildClaimReviews(data)).replace(/[<>&\u2028\u2029]/g, (ch) =>
    `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
