/**
 * The HTML report: one self-contained file (styles inline, fonts embedded, a CSP that forbids scripts and network),
 * or with `standalone: false` the bare `.sanad-report` fragment for a page that brings `reportCss()` itself.
 * The same standalone HTML is what pdf.ts prints.
 *
 * Every piece of desk or article text goes through `escapeHtml`; every link through `safeHttpUrl`. Text whose
 * language may differ from the report's gets its own `dir` (quotes take the article's direction; free text takes
 * dir="auto"), so an Arabic quote in an English report stays right-to-left inside its block.
 */
import { BEST_RATING, RATINGS, ratingLabel, ratingNumeric, type RatingValue } from "@/lib/ratings";

import { embeddedFontCss, hasArabicScript } from "./fonts";
import { renderClaimCard } from "./html-claim";
import { badgeStyle, escapeHtml, linkHtml } from "./html-parts";
import { reportCss } from "./html-styles";
import { formatReportDate, formatReportDateTime, reportStrings } from "./i18n";
import { articleDirection, prepareReport, type PreparedReport } from "./model";
import type { ReportData } from "./types";

export interface BuildHtmlOptions {
  /** A whole document (default) or only the report fragment. */
  standalone?: boolean;
}

function renderMasthead(report: PreparedReport): string {
  const { data, locale, timeZone } = report;
  const t = reportStrings(locale);
  const facts: string[] = [];
  if (data.subject.kind === "article") {
    const { article } = data.subject;
    if (article.outlet) facts.push(fact(t.outlet, `<bdi>${escapeHtml(article.outlet)}</bdi>`));
    if (article.publishedAt) facts.push(fact(t.articlePublished, escapeHtml(formatReportDate(article.publishedAt, locale, timeZone))));
    if (article.sourceUrl) facts.push(fact(t.articleLink, linkHtml(article.sourceUrl), "wide"));
  } else {
    const { from, to, description } = data.subject;
    if (from || to) {
      const range = [from, to].map((d) => (d ? formatReportDate(d, locale, timeZone) : "…")).join(" – ");
      facts.push(fact(t.period, escapeHtml(range)));
    }
    if (description) facts.push(fact("", `<span dir="auto">${escapeHtml(description)}</span>`, "wide"));
  }
  const dates = [
    data.publishedAt ? t.published(formatReportDate(data.publishedAt, locale, timeZone)) : null,
    data.modifiedAt ? t.updated(formatReportDate(data.modifiedAt, locale, timeZone)) : null,
  ].filter((d): d is string => d !== null);
  const headDir = data.subject.kind === "article" ? articleDirection(data.subject.article.direction) : "auto";

  return `<header class="masthead">
<div class="kicker"><span class="org"><bdi>${escapeHtml(data.organization.name)}</bdi></span><span>${escapeHtml(
    data.subject.kind === "article" ? t.articleReport : t.collectionReport,
  )}</span></div>
${data.status === "DRAFT" ? `<div class="draft">${escapeHtml(t.draft)}</div>` : ""}
<h1 dir="${headDir}">${escapeHtml(report.title)}</h1>
${facts.length ? `<dl class="facts">${facts.join("")}</dl>` : ""}
${dates.length ? `<p class="dates">${dates.map((d) => `<span>${escapeHtml(d)}</span>`).join("")}</p>` : ""}
</header>`;
}

function fact(term: string, valueHtml: string, className = ""): string {
  return `<div${className ? ` class="${className}"` : ""}>${term ? `<dt>${escapeHtml(term)}</dt>` : ""}<dd>${valueHtml}</dd></div>`;
}

function renderSummary(report: PreparedReport): string {
  const t = reportStrings(report.locale);
  const { summary } = report;
  const rows: { rating: RatingValue | null; label: string; count: number }[] = [
    ...RATINGS.map((rating) => ({ rating, label: ratingLabel(rating, report.locale), count: summary.byRating[rating] })),
    ...(report.data.includePending === false ? [] : [{ rating: null, label: t.pending, count: summary.pending }]),
  ];
  const bar = summary.total
    ? `<div class="bar" aria-hidden="true">${rows
        .filter((r) => r.count > 0)
        .map((r) => `<span style="${badgeStyle(r.rating)};flex:${r.count}"></span>`)
        .join("")}</div>`
    : "";
  const items = rows
    .map(
      (r) =>
        `<li class="${r.count ? "" : "zero"}" style="${badgeStyle(r.rating)}"><span class="count">${r.count}</span><span>${escapeHtml(r.label)}</span></li>`,
    )
    .join("");
  return `<section class="summary" aria-labelledby="summary-title">
<h2 id="summary-title">${escapeHtml(t.summary)}</h2>
<p class="total">${escapeHtml(t.claimsInReport(summary.total))}</p>
${bar}<ul class="tally">${items}</ul>
</section>`;
}

function renderCorrections(report: PreparedReport): string {
  if (report.corrections.length === 0) return "";
  const t = reportStrings(report.locale);
  const numbers = new Map(report.claims.map((c) => [c.claim.id, c]));
  const items = report.corrections.map((c) => {
    const claim = numbers.get(c.claimId);
    const line = t.correctionLine(
      formatReportDate(c.at, report.locale, report.timeZone),
      ratingLabel(c.previousRating, report.locale),
      ratingLabel(c.rating, report.locale),
    );
    const ref = claim ? `<a href="#${escapeHtml(claim.anchor)}">${escapeHtml(t.claimNumber(claim.number))}</a>: ` : "";
    return `<li>${ref}${escapeHtml(line)} <span dir="auto">${escapeHtml(c.note)}</span></li>`;
  });
  return `<section class="corrections"><h2>${escapeHtml(t.corrections)}</h2><ul>${items.join("")}</ul></section>`;
}

function renderColophon(report: PreparedReport): string {
  const t = reportStrings(report.locale);
  const scale = RATINGS.map((rating) => {
    const n = ratingNumeric(rating);
    const value = n === null ? t.noNumber : t.ratingOutOf(n, BEST_RATING);
    return `<li style="${badgeStyle(rating)}">${escapeHtml(ratingLabel(rating, report.locale))} (${escapeHtml(value)})</li>`;
  }).join("");
  const org = report.data.organization;
  return `<footer class="colophon">
<strong>${escapeHtml(t.ratingScale)}</strong><ul class="scale">${scale}</ul>
<div>${escapeHtml(t.publishedBy)} ${linkHtml(org.url, `<bdi>${escapeHtml(org.name)}</bdi>`)} · ${escapeHtml(
    t.generated(formatReportDateTime(report.data.generatedAt, report.locale, report.timeZone)),
  )}</div>
</footer>`;
}

function renderBody(report: PreparedReport): string {
  const t = reportStrings(report.locale);
  const claims = report.claims.length
    ? report.claims.map((c) => renderClaimCard(report, c)).join("\n")
    : `<p>${escapeHtml(t.noClaims)}</p>`;
  return [
    renderMasthead(report),
    renderSummary(report),
    renderCorrections(report),
    `<section class="claims">\n${claims}\n</section>`,
    renderColophon(report),
  ].join("\n");
}

// Nothing in a report runs or loads: no scripts, no network. Fonts and images may only be data: URLs.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

export function buildReportHtml(data: ReportData, options: BuildHtmlOptions = {}): string {
  const report = prepareReport(data);
  const lang = report.locale;
  const body = renderBody(report);
  if (options.standalone === false) {
    return `<div class="sanad-report" lang="${lang}" dir="${report.dir}">\n${body}\n</div>`;
  }
  const arabic = lang === "ar" || hasArabicScript(body);
  return `<!doctype html>
<html lang="${lang}" dir="${report.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sanad">
<title>${escapeHtml(report.title)}</title>
<style>
${embeddedFontCss({ arabic })}
body { margin:0; background:#eef1f4; }
@media print { body { background:#fff; } }
${reportCss(lang)}
</style>
</head>
<body>
<div class="sanad-report">
${body}
</div>
</body>
</html>
`;
}
