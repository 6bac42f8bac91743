/**
 * Report output builders: pure functions from ReportData to each export format. No database, no Next.js.
 * The PDF renderer lives in ./pdf (it starts Chromium), so importing this module never pulls in playwright-core.
 */
export type * from "./types";
export { buildReportHtml, type BuildHtmlOptions } from "./html";
export { reportCss } from "./html-styles";
export { buildReportMarkdown } from "./markdown";
export { buildReportCsv, CSV_COLUMNS } from "./csv";
export { buildReportJson, toReportJson, REPORT_JSON_SCHEMA_VERSION, type ReportJson } from "./json";
export { buildClaimReviews, claimReviewJsonLd, type ClaimReview } from "./claimreview";
export { prepareReport, isReviewed, claimAnchor, type PreparedReport, type ReportSummary } from "./model";
