import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatusFor, isAppError } from "@/lib/errors";
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
    if (!user) return Response.json({ code: "UNAUTHENTICATED", error: "Sign in to export reports." }, { status: 401 });
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
    return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
      headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ code: error.code, error: error.message }, { status: httpStatusFor(error.code) });
    console.error("Collection export failed", error);
    return Response.json({ code: "UNEXPECTED", error: "The report could not be built. Nothing was changed; try again." }, { status: 500 });
  }
}
