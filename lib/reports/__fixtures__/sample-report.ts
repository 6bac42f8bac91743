/** Hand-written report data for the unit tests and bench/report.ts. Not used by application code. */
import type { RatingValue } from "@/lib/ratings";

import type { ReportArticle, ReportClaim, ReportData, ReportSource } from "../types";

export const ARABIC_ARTICLE: ReportArticle = {
  id: "0b6a7a9e-1111-4c1d-9a55-000000000001",
  title: "الحكومة تعلن تراجع البطالة وافتتاح مئات المدارس خلال عام 2024",
  outlet: "صحيفة الغد",
  sourceUrl: "https://alghad.example/news/2024/economy-report",
  publishedAt: new Date("2025-01-14T08:30:00Z"),
  language: "ar",
  direction: "RTL",
};

export const ENGLISH_ARTICLE: ReportArticle = {
  id: "0b6a7a9e-1111-4c1d-9a55-000000000002",
  title: "Minister says wheat exports doubled",
  outlet: "The Daily Ledger",
  sourceUrl: "https://ledger.example/2025/02/wheat",
  publishedAt: new Date("2025-02-02T10:00:00Z"),
  language: "en",
  direction: "LTR",
};

const PEOPLE = { proposer: { name: "ليلى حداد" }, reviewer: { name: "عمر الخطيب" } };

function source(overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    publisher: "دائرة الإحصاءات العامة",
    title: "مسح قوة العمل، الربع الرابع 2024",
    url: "https://stats.example/labour/2024-q4",
    archivedUrl: "https://web.archive.org/web/20250115000000/https://stats.example/labour/2024-q4",
    accessedAt: new Date("2025-01-15T09:00:00Z"),
    publishedAt: new Date("2025-01-10T00:00:00Z"),
    stance: "SUPPORTS",
    excerpt: "بلغ معدل البطالة 7.2% في الربع الرابع.",
    ...overrides,
  };
}

interface ClaimSeed {
  quote: string;
  normalizedText: string;
  rating: RatingValue | null;
  rationale?: string;
  sources?: ReportSource[];
}

const SEEDS: ClaimSeed[] = [
  {
    quote: "انخفض معدل البطالة إلى 7 في المئة خلال عام 2024",
    normalizedText: "بلغ معدل البطالة 7% في عام 2024",
    rating: "MOSTLY_TRUE",
    rationale:
      "تُظهر بيانات دائرة الإحصاءات أن المعدل بلغ 7.2% في الربع الرابع، وهو قريب من الرقم المذكور.\n\nلكن المعدل السنوي كان 7.6%، لذا فالتصريح صحيح في معظمه.",
    sources: [source(), source({ publisher: "World Bank", title: "Jordan Economic Monitor, Winter 2025", url: "https://worldbank.example/jem-2025", stance: "CONTEXT", excerpt: null, archivedUrl: null })],
  },
  {
    quote: "افتتحت الحكومة 120 مدرسة جديدة في العام الماضي",
    normalizedText: "افتُتحت 120 مدرسة حكومية جديدة في 2024",
    rating: "FALSE",
    rationale: "تُظهر سجلات وزارة التربية افتتاح 34 مدرسة فقط في عام 2024، والرقم 120 يخص الخطة الخمسية كاملة.",
    sources: [source({ publisher: "وزارة التربية والتعليم", title: "التقرير السنوي 2024", url: "https://moe.example/annual-2024", stance: "REFUTES", excerpt: "تم افتتاح 34 مدرسة جديدة." })],
  },
  {
    quote: "وتضاعفت صادرات القمح بحسب الوزير",
    normalizedText: "تضاعفت صادرات القمح في 2024",
    rating: "MISLEADING",
    rationale: "ارتفعت الصادرات من 10 آلاف طن إلى 20 ألفاً، لكنها تبقى أقل من مستوى 2019 (45 ألف طن).",
    sources: [source({ publisher: "FAO", title: "Wheat trade statistics", url: "https://fao.example/wheat", stance: "CONTEXT", excerpt: null })],
  },
  { quote: "ارتفعت أسعار الوقود بنسبة 30% منذ يناير", normalizedText: "ارتفعت أسعار الوقود 30% منذ يناير 2024", rating: null },
  {
    quote: "ويعيش نحو مليون لاجئ في المدينة",
    normalizedText: "يعيش مليون لاجئ في المدينة",
    rating: "UNVERIFIABLE",
    rationale: "لا توجد إحصاءات رسمية حديثة لعدد اللاجئين في المدينة، وتتباين تقديرات المنظمات بين 400 ألف و900 ألف.",
    sources: [],
  },
];

function claimFrom(seed: ClaimSeed, position: number, article: ReportArticle): ReportClaim {
  const approvedAt = new Date(Date.UTC(2025, 0, 16, 12, position % 60));
  return {
    id: `c0ffee00-0000-4000-8000-${String(position).padStart(12, "0")}`,
    position,
    quote: seed.quote,
    normalizedText: seed.normalizedText,
    start: position * 100,
    end: position * 100 + seed.quote.length,
    status: seed.rating ? "PUBLISHED" : "IN_REVIEW",
    article,
    verdict: seed.rating
      ? {
          rating: seed.rating,
          rationale: seed.rationale ?? "",
          revision: 1,
          proposedBy: PEOPLE.proposer,
          proposedAt: new Date(approvedAt.getTime() - 86_400_000),
          approvedBy: PEOPLE.reviewer,
          approvedAt,
          correctionNote: null,
        }
      : null,
    sources: seed.sources ?? [],
  };
}

/** A published Arabic report on one Arabic article: four verdicts (one UNVERIFIABLE) and one pending claim. */
export function arabicArticleReport(overrides: Partial<ReportData> = {}): ReportData {
  return {
    locale: "ar",
    generatedAt: new Date("2025-01-20T10:00:00Z"),
    timeZone: "Asia/Amman",
    publicUrl: "https://sanad.example/reports/alghad-economy",
    organization: { name: "سند للتحقق", url: "https://sanad.example" },
    subject: { kind: "article", article: ARABIC_ARTICLE },
    status: "PUBLISHED",
    publishedAt: new Date("2025-01-17T09:00:00Z"),
    modifiedAt: null,
    corrections: [],
    claims: SEEDS.map((seed, i) => claimFrom(seed, i + 1, ARABIC_ARTICLE)),
    ...overrides,
  };
}

/** The same desk work exported in English: an Arabic article (RTL quotes) inside a left-to-right report. */
export function englishReportOfArabicArticle(overrides: Partial<ReportData> = {}): ReportData {
  return arabicArticleReport({ locale: "en", timeZone: "UTC", organization: { name: "Sanad Fact-Check", url: "https://sanad.example" }, ...overrides });
}

/** A queue selection spanning two articles in two languages. */
export function collectionReport(overrides: Partial<ReportData> = {}): ReportData {
  const english = claimFrom(
    {
      quote: "wheat exports doubled last year",
      normalizedText: "Wheat exports doubled in 2024",
      rating: "MOSTLY_FALSE",
      rationale: "Exports rose by 40%, not 100%.",
      sources: [source({ publisher: "FAO", title: "Wheat trade statistics", url: "https://fao.example/wheat", stance: "REFUTES" })],
    },
    1,
    ENGLISH_ARTICLE,
  );
  return arabicArticleReport({
    subject: { kind: "collection", title: "Fact-checks, January–February 2025", from: new Date("2025-01-01T00:00:00Z"), to: new Date("2025-02-28T00:00:00Z") },
    status: "DRAFT",
    publishedAt: null,
    claims: [...arabicArticleReport().claims.slice(0, 2), { ...english, id: "c0ffee00-0000-4000-8000-0000000000e1" }],
    ...overrides,
  });
}

/** A long Arabic report for the bench: `count` claims cycling through the seeds, every fifth one pending. */
export function largeArabicReport(count: number): ReportData {
  const claims = Array.from({ length: count }, (_, i) => claimFrom(SEEDS[i % SEEDS.length]!, i + 1, ARABIC_ARTICLE));
  return arabicArticleReport({ claims });
}
