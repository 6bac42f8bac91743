/**
 * Words and dates of the human-readable formats (HTML, PDF, Markdown) in the report's language. Rating labels live in
 * lib/ratings.ts; everything else a reader sees is here so a translator edits one file.
 */
import type { ReportLocale, SourceStance } from "./types";

export interface ReportStrings {
  articleReport: string;
  collectionReport: string;
  outlet: string;
  articlePublished: string;
  articleLink: string;
  period: string;
  summary: string;
  claimsInReport: (n: number) => string;
  pending: string;
  claim: string;
  claimNumber: (n: number) => string;
  quoted: string;
  normalized: string;
  rationale: string;
  sources: string;
  publisher: string;
  sourceTitle: string;
  stance: string;
  accessed: string;
  archived: string;
  archivedCopy: string;
  stances: Record<SourceStance, string>;
  noSources: string;
  proposedBy: (name: string, date: string) => string;
  approvedBy: (name: string, date: string) => string;
  revision: (n: number) => string;
  ratingOutOf: (value: number, best: number) => string;
  pendingNote: string;
  corrections: string;
  correctionLine: (date: string, from: string, to: string) => string;
  fromArticle: string;
  draft: string;
  published: (date: string) => string;
  updated: (date: string) => string;
  generated: (date: string) => string;
  ratingScale: string;
  noNumber: string;
  noClaims: string;
  publishedBy: string;
}

const AR: ReportStrings = {
  articleReport: "تقرير تحقق",
  collectionReport: "مجموعة تحققات",
  outlet: "الوسيلة الإعلامية",
  articlePublished: "تاريخ نشر المقال",
  articleLink: "رابط المقال",
  period: "الفترة",
  summary: "ملخص الأحكام",
  claimsInReport: (n) => `عدد الادعاءات في التقرير: ${n}`,
  pending: "قيد المراجعة",
  claim: "الادعاء",
  claimNumber: (n) => `الادعاء ${n}`,
  quoted: "النص كما ورد",
  normalized: "صيغة الادعاء",
  rationale: "التعليل",
  sources: "المصادر",
  publisher: "الناشر",
  sourceTitle: "العنوان",
  stance: "الموقف",
  accessed: "تاريخ الاطلاع",
  archived: "الأرشيف",
  archivedCopy: "نسخة مؤرشفة",
  stances: { SUPPORTS: "يدعم", REFUTES: "يدحض", CONTEXT: "سياق" },
  noSources: "لا توجد مصادر مدرجة.",
  proposedBy: (name, date) => `اقترح الحكمَ: ${name} (${date})`,
  approvedBy: (name, date) => `اعتمده: ${name} (${date})`,
  revision: (n) => `المراجعة ${n}`,
  ratingOutOf: (value, best) => `${value} من ${best}`,
  pendingNote: "هذا الادعاء قيد المراجعة، ولم يُعتمد بشأنه حكم بعد.",
  corrections: "تصويبات",
  correctionLine: (date, from, to) => `صُوِّب في ${date}: تغيّر الحكم من «${from}» إلى «${to}».`,
  fromArticle: "من مقال",
  draft: "مسودة — غير منشورة",
  published: (date) => `نُشر في ${date}`,
  updated: (date) => `حُدِّث في ${date}`,
  generated: (date) => `أُعدّ هذا الملف في ${date}`,
  ratingScale: "سلّم التقييم",
  noNumber: "بلا قيمة رقمية",
  noClaims: "لا توجد ادعاءات في هذا التقرير.",
  publishedBy: "تحقق",
};

const EN: ReportStrings = {
  articleReport: "Fact-check report",
  collectionReport: "Fact-check collection",
  outlet: "Outlet",
  articlePublished: "Article published",
  articleLink: "Article link",
  period: "Period",
  summary: "Verdicts at a glance",
  claimsInReport: (n) => `${n} ${n === 1 ? "claim" : "claims"} in this report`,
  pending: "Pending review",
  claim: "Claim",
  claimNumber: (n) => `Claim ${n}`,
  quoted: "As quoted",
  normalized: "Claim as checked",
  rationale: "Rationale",
  sources: "Sources",
  publisher: "Publisher",
  sourceTitle: "Title",
  stance: "Stance",
  accessed: "Accessed",
  archived: "Archive",
  archivedCopy: "Archived copy",
  stances: { SUPPORTS: "Supports", REFUTES: "Refutes", CONTEXT: "Context" },
  noSources: "No sources listed.",
  proposedBy: (name, date) => `Proposed by ${name} (${date})`,
  approvedBy: (name, date) => `Approved by ${name} (${date})`,
  revision: (n) => `Revision ${n}`,
  ratingOutOf: (value, best) => `${value} of ${best}`,
  pendingNote: "This claim is still under review; no verdict has been approved yet.",
  corrections: "Corrections",
  correctionLine: (date, from, to) => `Corrected on ${date}: the verdict changed from “${from}” to “${to}”.`,
  fromArticle: "From",
  draft: "Draft — not published",
  published: (date) => `Published ${date}`,
  updated: (date) => `Updated ${date}`,
  generated: (date) => `Generated ${date}`,
  ratingScale: "Rating scale",
  noNumber: "no number",
  noClaims: "This report has no claims.",
  publishedBy: "Fact-check by",
};

export function reportStrings(locale: ReportLocale): ReportStrings {
  return locale === "ar" ? AR : EN;
}

// Latin digits and the Gregorian calendar in both languages: the desk's Arabic copy uses them, and a date then reads
// the same in the PDF, the CSV and the JSON.
const INTL_LOCALE: Record<ReportLocale, string> = { ar: "ar-u-nu-latn-ca-gregory", en: "en-GB-u-ca-gregory" };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: ReportLocale, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      timeZone,
      day: "numeric",
      month: "long",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

export function formatReportDate(date: Date, locale: ReportLocale, timeZone = "UTC"): string {
  return formatter(locale, timeZone, false).format(date);
}

export function formatReportDateTime(date: Date, locale: ReportLocale, timeZone = "UTC"): string {
  return formatter(locale, timeZone, true).format(date);
}
