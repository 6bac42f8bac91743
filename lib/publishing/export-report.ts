import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { buildClaimReviews, buildReportCsv, buildReportHtml, buildReportJson, buildReportMarkdown, type ReportData } from "@/lib/reports";
import { parseInput } from "@/lib/validation";
import { loadCollectionReport, type TCollectionReportInput } from "./load-collection-report";
import { loadArticleReport } from "./load-report";

export const REPORT_FORMATS = ["pdf", "html", "md", "csv", "json", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ZExportReportInput = z.object({
  articleId: z.uuid("Not a valid article id."),
  format: z.enum(REPORT_FORMATS),
  locale: z.enum(["ar", "en"]).default("ar"),
  includePending: z.boolean().default(true),
  baseUrl: z.string().url(),
});
export type TExportReportInput = z.input<typeof ZExportReportInput>;

export interface ExportedFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  claimreview: "application/ld+json; charset=utf-8",
};

export async function renderReport(data: ReportData, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case "pdf": {
      // Loaded on demand so only PDF exports pull in the browser driver.
      const { renderReportPdf } = await import("@/lib/reports/pdf");
      return renderReportPdf(data);
    }
    case "html":
      return buildReportHtml(data, { standalone: true });
    case "md":
      return buildReportMarkdown(data);
    case "csv":
      return buildReportCsv(data);
    case "json":
      return buildReportJson(data);
    case "claimreview":
      return JSON.stringify(buildClaimReviews(data), null, 2);
  }
}

/** One article's report in the requested format and language, ready to download. */
export async function exportArticleReport(actor: Actor, raw: TExportReportInput): Promise<ExportedFile> {
  // Permission before validation, as everywhere: someone who may not export learns nothing from the input errors.
  assertCan(actor, "report.export");
  const input = parseInput(ZExportReportInput, raw);
  const data = await loadArticleReport(actor, input);
  const body = await renderReport(data, input.format);
  const extension = input.format === "claimreview" ? "claimreview.jsonld" : input.format;
  return { body, contentType: CONTENT_TYPES[input.format], filename: `sanad-report-${input.articleId.slice(0, 8)}-${input.locale}.${extension}` };
}

/** A collection report (claims chosen with the queue's filters and a date range) in the requested format. */
export async function exportCollectionReport(actor: Actor, raw: TCollectionReportInput & { format: string }): Promise<ExportedFile> {
  // Checked here too, before the format is parsed: a refused caller must not learn which formats exist.
  assertCan(actor, "report.export");
  const format = parseInput(z.enum(REPORT_FORMATS), raw.format);
  const data = await loadCollectionReport(actor, raw);
  const body = await renderReport(data, format);
  const day = (d: unknown) => (d ? new Date(String(d)).toISOString().slice(0, 10) : "all");
  const extension = format === "claimreview" ? "claimreview.jsonld" : format;
  return { body, contentType: CONTENT_TYPES[format], filename: `sanad-collection-${day(raw.from)}-${day(raw.to)}-${data.locale}.${extension}` };
}
