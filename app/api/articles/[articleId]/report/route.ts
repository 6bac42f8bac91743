import { getCurrentUser } from "@/lib/auth/current-user";
import { errorResponse, fileResponse, unauthenticatedResponse } from "@/lib/http";
import { publicBaseUrl } from "@/lib/publishing/base-url";
import { exportArticleReport } from "@/lib/publishing/export-report";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id/report?format=pdf|html|md|csv|json|claimreview&lang=ar|en&pending=include|exclude */
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const user = await getCurrentUser();
    if (!user) return unauthenticatedResponse();
    return fileResponse(
      await exportArticleReport(user, {
        articleId,
        format: (query.get("format") ?? "pdf") as "pdf",
        locale: (query.get("lang") ?? "ar") as "ar",
        includePending: query.get("pending") !== "exclude",
        baseUrl: publicBaseUrl(request),
      }),
    );
  } catch (error) {
    return errorResponse(error, "Report export");
  }
}
