import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatusFor, isAppError } from "@/lib/errors";
import { exportArticleReport } from "@/lib/publishing/export-report";
import { publicBaseUrl } from "@/lib/publishing/base-url";

export const dynamic = "force-dynamic";

/** GET /api/articles/:id/report?format=pdf|html|md|csv|json|claimreview&lang=ar|en&pending=include|exclude */
export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const user = await getCurrentUser();
    if (!user) return Response.json({ code: "UNAUTHENTICATED", error: "Sign in to export reports." }, { status: 401 });
    const file = await exportArticleReport(user, {
      articleId,
      format: (query.get("format") ?? "pdf") as "pdf",
      locale: (query.get("lang") ?? "ar") as "ar",
      includePending: query.get("pending") !== "exclude",
      baseUrl: publicBaseUrl(request),
    });
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ code: error.code, error: error.message }, { status: httpStatusFor(error.code) });
    console.error("Report export failed", error);
    return Response.json({ code: "UNEXPECTED", error: "The report could not be built. Nothing was changed; try again." }, { status: 500 });
  }
}
