/**
 * The CSV export: one row per claim, for spreadsheets and newsroom data teams.
 *
 * - UTF-8 with a byte-order mark: without it Excel reads the file as the system code page and Arabic turns to mojibake.
 * - RFC 4180: CRLF between records; a field holding `"`, `,`, CR or LF is quoted, with `"` doubled. Line breaks inside
 *   a field (a rationale's paragraphs, the list of sources) are kept as LF inside the quotes.
 * - Formula injection: spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a tab/CR) as a formula, and
 *   claims and source titles are outside text. Such a text cell gets a leading apostrophe, which spreadsheets show as
 *   text. Leading spaces and bidi marks are looked through, as some spreadsheets skip them; full-width forms are
 *   included. The apostrophe is visible to a program reading the raw file; the JSON export carries the text untouched.
 * - Headers are stable English snake_case identifiers whatever the report language; rating labels and stances are in
 *   the report language; dates are ISO 8601 in UTC.
 */
import { BEST_RATING, WORST_RATING, ratingLabel, ratingNumeric } from "@/lib/ratings";

import { reportStrings } from "./i18n";
import { prepareReport, type PreparedClaim, type PreparedReport } from "./model";
import type { ReportData, ReportSource } from "./types";

export const CSV_COLUMNS = [
  "report_title",
  "claim_number",
  "claim_id",
  "review_state",
  "claim_status",
  "article_id",
  "article_title",
  "article_outlet",
  "article_url",
  "article_published_at",
  "quote",
  "normalized_text",
  "start",
  "end",
  "rating",
  "rating_label",
  "rating_value",
  "best_rating",
  "worst_rating",
  "rationale",
  "proposed_by",
  "proposed_at",
  "approved_by",
  "approved_at",
  "revision",
  "correction_note",
  "corrected_at",
  "source_count",
  "sources",
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number];
type CsvCell = string | number | null;

const BOM = "\uFEFF";
const FORMULA_START = /^[\s\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Neutralises a text cell a spreadsheet would otherwise evaluate. Numbers we produce are never touched. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) || /^[\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// One line per source, fields separated by " | ", so a source list stays readable in one spreadsheet cell.
function sourcesCell(report: PreparedReport, sources: ReportSource[]): string {
  const t = reportStrings(report.locale);
  return sources
    .map((s) =>
      [s.publisher ?? "", s.title, s.url, s.archivedUrl ?? "", t.stances[s.stance], s.accessedAt.toISOString()].join(" | "),
    )
    .join("\n");
}

function claimRow(report: PreparedReport, prepared: PreparedClaim): Record<CsvColumn, CsvCell> {
  const { claim, verdict } = prepared;
  const numeric = verdict ? ratingNumeric(verdict.rating) : null;
  const lastCorrection = prepared.corrections.at(-1);
  return {
    report_title: report.title,
    claim_number: prepared.number,
    claim_id: claim.id,
    review_state: verdict ? "reviewed" : "pending",
    claim_status: claim.status,
    article_id: claim.article.id,
    article_title: claim.article.title,
    article_outlet: claim.article.outlet,
    article_url: claim.article.sourceUrl,
    article_published_at: iso(claim.article.publishedAt),
    quote: claim.quote,
    normalized_text: claim.normalizedText,
    start: claim.start,
    end: claim.end,
    rating: verdict?.rating ?? null,
    rating_label: verdict ? ratingLabel(verdict.rating, report.locale) : null,
    rating_value: numeric,
    best_rating: numeric === null ? null : BEST_RATING,
    worst_rating: numeric === null ? null : WORST_RATING,
    rationale: verdict?.rationale ?? null,
    proposed_by: verdict?.proposedBy.name ?? null,
    proposed_at: iso(verdict?.proposedAt),
    approved_by: verdict?.approvedBy.name ?? null,
    approved_at: iso(verdict?.approvedAt),
    revision: verdict?.revision ?? null,
    correction_note: lastCorrection?.note ?? verdict?.correctionNote ?? null,
    corrected_at: iso(lastCorrection?.at),
    source_count: prepared.sources.length,
    sources: sourcesCell(report, prepared.sources),
  };
}

export function buildReportCsv(data: ReportData): string {
  const report = prepareReport(data);
  const lines = [CSV_COLUMNS.join(",")];
  for (const claim of report.claims) {
    const row = claimRow(report, claim);
    lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(","));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
