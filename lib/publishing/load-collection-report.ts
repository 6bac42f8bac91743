import { z } from "zod";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReportData } from "@/lib/reports";
import { parseInput } from "@/lib/validation";
import { queueWhere } from "@/lib/workflow/internal/queue-where";
import { ZQueueFilters } from "@/lib/workflow/schemas/queue";
import { organization, REPORT_CLAIM_INCLUDE } from "./queries";
import { toReportClaim } from "./report-rows";

/** Most claims one collection export holds; a desk exporting more should narrow the range or the filters. */
export const MAX_COLLECTION_CLAIMS = 1000;

export const ZCollectionReportInput = ZQueueFilters.extend({
  title: z.string().trim().max(200).optional(),
  /** Claims whose verdict was approved (or, for pending ones, that entered the desk) in [from, to]. */
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  locale: z.enum(["ar", "en"]).default("ar"),
  includePending: z.boolean().default(true),
  baseUrl: z.string().url(),
});
export type TCollectionReportInput = z.input<typeof ZCollectionReportInput>;

/**
 * A report over claims chosen with the queue's filters and a date range, across articles (e.g. "everything the desk
 * verified in March"). Claims keep their own article; the builders show each claim's source article.
 */
export async function loadCollectionReport(actor: Actor, raw: TCollectionReportInput): Promise<ReportData> {
  assertCan(actor, "report.export");
  const input = parseInput(ZCollectionReportInput, raw);
  // End of the `to` day, so "to 2026-03-31" includes claims approved that afternoon.
  const to = input.to ? new Date(input.to.getTime() + 24 * 3600 * 1000 - 1) : undefined;
  const range = input.from || to ? { gte: input.from, lte: to } : undefined;
  const claims = await db.claim.findMany({
    where: {
      ...queueWhere(actor, input),
      status: input.status?.length ? { in: input.status } : { not: "DISMISSED" },
      ...(range ? { OR: [{ verdicts: { some: { reviews: { some: { decision: "APPROVE", createdAt: range } } } } }, { createdAt: range }] } : {}),
    },
    orderBy: [{ article: { createdAt: "asc" } }, { articleId: "asc" }, { start: "asc" }],
    take: MAX_COLLECTION_CLAIMS,
    include: { ...REPORT_CLAIM_INCLUDE, article: true },
  });
  const positions = new Map<string, number>();
  return {
    locale: input.locale,
    generatedAt: new Date(),
    publicUrl: null,
    organization: organization(input.baseUrl),
    subject: { kind: "collection", title: input.title || (input.locale === "ar" ? "تقرير مجمّع" : "Collected fact-checks"), from: input.from ?? null, to: input.to ?? null },
    status: "DRAFT",
    publishedAt: null,
    modifiedAt: null,
    corrections: [],
    claims: claims.map((claim) => {
      const position = (positions.get(claim.articleId) ?? 0) + 1;
      positions.set(claim.articleId, position);
      const { article } = claim;
      return toReportClaim(claim, position, {
        id: article.id, title: article.title, outlet: article.outlet, sourceUrl: article.sourceUrl,
        publishedAt: article.publishedAt, language: article.language, direction: article.direction,
      }, "desk");
    }),
    includePending: input.includePending,
  };
}
