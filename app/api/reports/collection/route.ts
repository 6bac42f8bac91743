import { getCurrentUser } from "@/lib/auth/current-user";
import { errorResponse, fileResponse, unauthenticatedResponse } from "@/lib/http";
import { publicBaseUrl } from "@/lib/publishing/base-url";
import { exportCollectionReport } from "@/lib/publishing/export-report";

export const dynamic = "force-dynamic";

/**
 * GET /api/reports/collection?from=2026-03-01&to=2026-03-31&status=APPROVED,PUBLISHED&language=ar&format=csv&lang=en
 * Accepts the queue's filters (status, assignee, language, type, minScore) plus the date range and a title.
 */
export async function GET(request: Request) {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const blank = (value: string | undefined) => (value ? value : undefined);
  try {
    const user = await getCurrentUser();
    if (!user) return unauthenticatedResponse();
    const file = await exportCollectionReport(user, {
      format: query.format ?? "pdf",
      locale: (query.lang ?? "ar") as "ar",
      includePending: query.pending !== "exclude",
      baseUrl: publicBaseUrl(request),
      title: blank(query.title),
      from: blank(query.from),
      to: blank(query.to),
      status: blank(query.status),
      assignee: blank(query.assignee),
      language: blank(query.language),
      type: blank(query.type),
      minScore: blank(query.minScore),
    });
    return fileResponse(file);
  } catch (error) {
    return errorResponse(error, "Collection export");
  }
}
