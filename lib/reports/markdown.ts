/**
 * The Markdown report (CommonMark/GFM). Desk and article text is escaped so that no character in a claim, a title or
 * a rationale can start a heading, list, table cell, link, emphasis or raw HTML: every Markdown metacharacter gets a
 * backslash, and `&` does too so "&lt;" in a source title stays those four characters. Links are built only from
 * http(s) URLs, in the `<…>` form, after URL parsing has percent-encoded anything that could end them.
 */
import { BEST_RATING, RATINGS, ratingLabel, ratingNumeric } from "@/lib/ratings";

import { formatReportDate, formatReportDateTime, reportStrings } from "./i18n";
import { prepareReport, safeHttpUrl, type PreparedClaim, type PreparedReport } from "./model";
import type { ReportData } from "./types";

/** Characters that mean something anywhere in a line of Markdown (`#` too: a trailing run closes a heading).
 * `.`, `)`, `-`, `+`, `=` and spaces only matter at the start of a line and are handled there, so ordinary numbers
 * ("7.2") stay readable. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&!#]/g;

/** Escapes one line of text. */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
  // At the start of a line: list items (- + 1. 1)), setext underlines (= -), indented code (leading spaces).
  return escaped.trimStart().replace(/^([+=-])|^(\d{1,9})([.)])(?=\s|$)/, (_m, sign: string, digits: string, mark: string) =>
    sign ? `\\${sign}` : `${digits}\\${mark}`,
  );
}

/** Inline text: newlines would end the paragraph or table row, so they become spaces. */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\s*\r?\n\s*/g, " "));
}

/** Block text (rationale, notes): lines and paragraphs kept; a line break inside a paragraph is a hard break. */
function markdownParagraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(/\r?\n/).map(escapeLine).join("  \n"))
    .join("\n\n");
}

function markdownQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${escapeLine(line)}` : ">"))
    .join("\n");
}

/** A link for http(s) URLs; any other URL is printed as text after the label, so the reader still sees it. */
function markdownLink(url: string | null, label?: string): string {
  if (!url) return "";
  const href = safeHttpUrl(url);
  const text = escapeMarkdown(label ?? url);
  if (href) return `[${text}](<${href}>)`;
  return label === undefined ? text : `${text} (${escapeMarkdown(url)})`;
}

function renderClaim(report: PreparedReport, prepared: PreparedClaim): string {
  const { claim, verdict } = prepared;
  const { locale, timeZone } = report;
  const t = reportStrings(locale);
  const date = (d: Date) => formatReportDate(d, locale, timeZone);
  const numeric = verdict ? ratingNumeric(verdict.rating) : null;
  const label = verdict
    ? `${ratingLabel(verdict.rating, locale)}${numeric === null ? "" : ` (${t.ratingOutOf(numeric, BEST_RATING)})`}`
    : t.pending;
  const lines = [`## ${escapeMarkdown(`${t.claimNumber(prepared.number)}: ${label}`)}`, "", markdownQuote(claim.quote), ""];

  if (report.data.subject.kind === "collection") {
    const a = claim.article;
    const where = [a.outlet, a.publishedAt ? date(a.publishedAt) : null].filter(Boolean).join(", ");
    lines.push(`**${escapeMarkdown(t.fromArticle)}:** ${markdownLink(a.sourceUrl, a.title) || escapeMarkdown(a.title)}${where ? ` — ${escapeMarkdown(where)}` : ""}`, "");
  }
  if (claim.normalizedText && claim.normalizedText !== claim.quote) {
    lines.push(`**${escapeMarkdown(t.normalized)}:** ${escapeMarkdown(claim.normalizedText)}`, "");
  }
  if (!verdict) {
    lines.push(`_${escapeMarkdown(t.pendingNote)}_`, "");
    return lines.join("\n");
  }

  lines.push(`### ${escapeMarkdown(t.rationale)}`, "", markdownParagraphs(verdict.rationale), "");
  for (const c of prepared.corrections) {
    const line = t.correctionLine(date(c.at), ratingLabel(c.previousRating, locale), ratingLabel(c.rating, locale));
    lines.push(`> ${escapeMarkdown(`${line} ${c.note}`)}`, "");
  }
  if (verdict.correctionNote && prepared.corrections.length === 0) lines.push(`> ${escapeMarkdown(verdict.correctionNote)}`, "");

  lines.push(`### ${escapeMarkdown(t.sources)}`, "");
  if (prepared.sources.length === 0) lines.push(escapeMarkdown(t.noSources));
  prepared.sources.forEach((s, i) => {
    const parts = [
      s.publisher ? `**${escapeMarkdown(s.publisher)}**` : null,
      markdownLink(s.url, s.title),
      escapeMarkdown(t.stances[s.stance]),
      escapeMarkdown(`${t.accessed}: ${date(s.accessedAt)}`),
      s.archivedUrl ? markdownLink(s.archivedUrl, t.archivedCopy) : null,
    ].filter(Boolean);
    lines.push(`${i + 1}. ${parts.join(" — ")}`);
    if (s.excerpt) lines.push(`   > ${escapeMarkdown(s.excerpt)}`);
  });
  lines.push(
    "",
    `_${escapeMarkdown(
      [
        t.proposedBy(verdict.proposedBy.name, date(verdict.proposedAt)),
        t.approvedBy(verdict.approvedBy.name, date(verdict.approvedAt)),
        t.revision(verdict.revision),
      ].join(" · "),
    )}_`,
    "",
  );
  return lines.join("\n");
}

export function buildReportMarkdown(data: ReportData): string {
  const report = prepareReport(data);
  const { locale, timeZone, summary } = report;
  const t = reportStrings(locale);
  const date = (d: Date) => formatReportDate(d, locale, timeZone);
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, ""];

  out.push(`**${escapeMarkdown(data.organization.name)}** — ${escapeMarkdown(data.subject.kind === "article" ? t.articleReport : t.collectionReport)}`, "");
  if (data.status === "DRAFT") out.push(`> **${escapeMarkdown(t.draft)}**`, "");
  const facts: string[] = [];
  if (data.subject.kind === "article") {
    const a = data.subject.article;
    if (a.outlet) facts.push(`- **${escapeMarkdown(t.outlet)}:** ${escapeMarkdown(a.outlet)}`);
    if (a.publishedAt) facts.push(`- **${escapeMarkdown(t.articlePublished)}:** ${escapeMarkdown(date(a.publishedAt))}`);
    if (a.sourceUrl) facts.push(`- **${escapeMarkdown(t.articleLink)}:** ${markdownLink(a.sourceUrl)}`);
  } else {
    const { from, to, description } = data.subject;
    if (from || to) facts.push(`- **${escapeMarkdown(t.period)}:** ${escapeMarkdown([from, to].map((d) => (d ? date(d) : "…")).join(" – "))}`);
    if (description) facts.push(`- ${escapeMarkdown(description)}`);
  }
  if (data.publishedAt) facts.push(`- ${escapeMarkdown(t.published(date(data.publishedAt)))}`);
  if (data.modifiedAt) facts.push(`- ${escapeMarkdown(t.updated(date(data.modifiedAt)))}`);
  if (facts.length) out.push(...facts, "");

  out.push(`## ${escapeMarkdown(t.summary)}`, "", escapeMarkdown(t.claimsInReport(summary.total)), "");
  for (const rating of RATINGS) out.push(`- ${escapeMarkdown(ratingLabel(rating, locale))}: ${summary.byRating[rating]}`);
  if (data.includePending !== false) out.push(`- ${escapeMarkdown(t.pending)}: ${summary.pending}`);
  out.push("");

  if (report.corrections.length) {
    out.push(`## ${escapeMarkdown(t.corrections)}`, "");
    const byId = new Map(report.claims.map((c) => [c.claim.id, c.number]));
    for (const c of report.corrections) {
      const line = t.correctionLine(date(c.at), ratingLabel(c.previousRating, locale), ratingLabel(c.rating, locale));
      out.push(`- ${escapeMarkdown(`${t.claimNumber(byId.get(c.claimId) ?? 0)}: ${line} ${c.note}`)}`);
    }
    out.push("");
  }

  if (report.claims.length === 0) out.push(escapeMarkdown(t.noClaims), "");
  for (const claim of report.claims) out.push(renderClaim(report, claim));

  out.push("---", "", `${escapeMarkdown(t.ratingScale)}: ${escapeMarkdown(RATINGS.map((r) => {
    const n = ratingNumeric(r);
    return `${ratingLabel(r, locale)} (${n === null ? t.noNumber : t.ratingOutOf(n, BEST_RATING)})`;
  }).join(" · "))}`, "");
  out.push(`${escapeMarkdown(t.publishedBy)} ${markdownLink(data.organization.url, data.organization.name)} · ${escapeMarkdown(t.generated(formatReportDateTime(data.generatedAt, locale, timeZone)))}`, "");
  return out.join("\n");
}
