/** One claim card of the HTML report: verdict badge, quoted span, rationale, sources table, sign-off. */
import { BEST_RATING, ratingLabel, ratingNumeric } from "@/lib/ratings";

import { badgeStyle, escapeHtml, linkHtml, paragraphsHtml, sentenceWithName } from "./html-parts";
import { formatReportDate, reportStrings } from "./i18n";
import { articleDirection, type PreparedClaim, type PreparedReport } from "./model";
import type { ReportSource } from "./types";

export function renderClaimCard(report: PreparedReport, prepared: PreparedClaim): string {
  const { claim, verdict } = prepared;
  const { locale, timeZone } = report;
  const t = reportStrings(locale);
  const date = (d: Date) => escapeHtml(formatReportDate(d, locale, timeZone));
  const article = claim.article;
  const articleDir = articleDirection(article.direction);
  const articleLang = escapeHtml(article.language);

  const numeric = verdict ? ratingNumeric(verdict.rating) : null;
  const badge = verdict
    ? `<span class="badge">${escapeHtml(ratingLabel(verdict.rating, locale))}${
        numeric === null ? "" : `<span class="num">${escapeHtml(t.ratingOutOf(numeric, BEST_RATING))}</span>`
      }</span>`
    : `<span class="badge">${escapeHtml(t.pending)}</span>`;

  // In a collection, each card says which article it comes from; in an article report the masthead already does.
  const from =
    report.data.subject.kind === "collection"
      ? `<p class="from"><span class="label">${escapeHtml(t.fromArticle)}:</span> ${linkHtml(
          article.sourceUrl,
          `<bdi>${escapeHtml(article.title)}</bdi>`,
        )}${
          article.outlet ? ` — <bdi>${escapeHtml(article.outlet)}</bdi>` : ""
        }${article.publishedAt ? ` (${date(article.publishedAt)})` : ""}</p>`
      : "";

  const parts = [
    `<header class="claim-head"><span class="claim-no">${escapeHtml(t.claimNumber(prepared.number))}</span>${badge}</header>`,
    `<blockquote lang="${articleLang}" dir="${articleDir}"${citeAttr(article.sourceUrl)}>${escapeHtml(claim.quote)}</blockquote>`,
    from,
    claim.normalizedText && claim.normalizedText !== claim.quote
      ? `<p class="normalized"><span class="label">${escapeHtml(t.normalized)}:</span> <bdi lang="${articleLang}">${escapeHtml(
          claim.normalizedText,
        )}</bdi></p>`
      : "",
  ];

  if (!verdict) {
    parts.push(`<p class="pending-note">${escapeHtml(t.pendingNote)}</p>`);
  } else {
    parts.push(`<section class="rationale"><h3>${escapeHtml(t.rationale)}</h3>${paragraphsHtml(verdict.rationale)}</section>`);
    for (const correction of prepared.corrections) {
      const line = t.correctionLine(
        formatReportDate(correction.at, locale, timeZone),
        ratingLabel(correction.previousRating, locale),
        ratingLabel(correction.rating, locale),
      );
      parts.push(
        `<p class="correction-note">${escapeHtml(line)} <span dir="auto">${escapeHtml(correction.note)}</span></p>`,
      );
    }
    if (verdict.correctionNote && prepared.corrections.length === 0) {
      parts.push(`<p class="correction-note" dir="auto">${escapeHtml(verdict.correctionNote)}</p>`);
    }
    parts.push(
      `<section class="sources"><h3>${escapeHtml(t.sources)}</h3>${
        prepared.sources.length ? renderSourcesTable(report, prepared.sources) : `<p>${escapeHtml(t.noSources)}</p>`
      }</section>`,
    );
    parts.push(
      `<footer class="signoff"><span>${sentenceWithName(
        (name) => t.proposedBy(name, formatReportDate(verdict.proposedAt, locale, timeZone)),
        verdict.proposedBy.name,
      )}</span>` +
        `<span>${sentenceWithName(
          (name) => t.approvedBy(name, formatReportDate(verdict.approvedAt, locale, timeZone)),
          verdict.approvedBy.name,
        )}</span>` +
        `<span>${escapeHtml(t.revision(verdict.revision))}</span></footer>`,
    );
  }

  const classes = verdict ? "claim" : "claim pending";
  return `<article class="${classes}" id="${escapeHtml(prepared.anchor)}" style="${badgeStyle(verdict?.rating ?? null)}">
${parts.filter(Boolean).join("\n")}
</article>`;
}

function citeAttr(url: string | null): string {
  return url ? ` cite="${escapeHtml(url)}"` : "";
}

function renderSourcesTable(report: PreparedReport, sources: ReportSource[]): string {
  const t = reportStrings(report.locale);
  const rows = sources.map((s) => {
    const title = `<bdi>${escapeHtml(s.title)}</bdi>`;
    const excerpt = s.excerpt ? `<span class="excerpt" dir="auto">${escapeHtml(s.excerpt)}</span>` : "";
    const archived = s.archivedUrl ? linkHtml(s.archivedUrl, escapeHtml(t.archivedCopy)) : "—";
    return `<tr>
<td dir="auto">${s.publisher ? escapeHtml(s.publisher) : "—"}</td>
<td dir="auto">${linkHtml(s.url, title)}<br>${urlLine(s.url)}${excerpt}</td>
<td><span class="stance ${escapeHtml(s.stance)}">${escapeHtml(t.stances[s.stance])}</span></td>
<td class="nowrap">${escapeHtml(formatReportDate(s.accessedAt, report.locale, report.timeZone))}</td>
<td>${archived}</td>
</tr>`;
  });
  return `<table>
<thead><tr><th>${escapeHtml(t.publisher)}</th><th>${escapeHtml(t.sourceTitle)}</th><th>${escapeHtml(t.stance)}</th><th>${escapeHtml(
    t.accessed,
  )}</th><th>${escapeHtml(t.archived)}</th></tr></thead>
<tbody>${rows.join("")}</tbody>
</table>`;
}

/** The full URL printed under the title: a paper copy must still say where the evidence is. */
function urlLine(url: string): string {
  return `<span class="url">${escapeHtml(url)}</span>`;
}
