import { AppError, httpStatusFor, isAppError } from "@/lib/errors";

/**
 * The JSON error body every route handler returns: expected errors with their code, message and params and the
 * status from lib/errors.ts; anything else is logged and reported generically so internals never leak.
 */
export function errorResponse(error: unknown, context: string): Response {
  if (isAppError(error)) {
    return Response.json({ code: error.code, error: error.message, params: error.params }, { status: httpStatusFor(error.code) });
  }
  console.error(`${context} failed`, error);
  return Response.json({ code: "UNEXPECTED", error: "Something went wrong on our side; nothing was changed. Try again." }, { status: 500 });
}

export function unauthenticatedResponse(): Response {
  return Response.json({ code: "UNAUTHENTICATED", error: "Sign in to continue." }, { status: 401 });
}

function firstHeaderValue(value: string | null): string | null {
  return value?.split(",")[0]?.trim().toLowerCase() || null;
}

/**
 * CSRF guard for route handlers that change data. Server actions get Next's own Origin check; route handlers get
 * nothing, and they authenticate with the next-auth cookie, which the browser attaches by itself. That cookie is
 * SameSite=Lax: it stays off cross-site POSTs, but not off POSTs from a sibling subdomain (same site, other origin),
 * and `request.json()` happily parses a `text/plain` form body shaped like JSON. So:
 *
 * - the body must be declared `application/json`: an HTML form cannot send that type, and a cross-origin `fetch`
 *   that does is preflighted, which this app never answers;
 * - a browser always sends `Origin` with a POST; when present it must be this host. Clients without cookies (curl,
 *   the e2e API helper) send none and are not at risk.
 *
 * Returns the refusal to send, or null when the request may proceed.
 */
export function refuseCrossSiteWrite(request: Request): Response | null {
  const contentType = firstHeaderValue(request.headers.get("content-type"))?.split(";")[0]?.trim();
  if (contentType !== "application/json") {
    return errorResponse(new AppError("UNSUPPORTED_MEDIA", "Send the request body as JSON with Content-Type: application/json."), "");
  }
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = firstHeaderValue(request.headers.get("x-forwarded-host")) ?? firstHeaderValue(request.headers.get("host")) ?? new URL(request.url).host;
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host.toLowerCase();
    } catch {
      // "null" (sandboxed frames, some redirects) or garbage: not ours.
    }
    if (originHost !== host) {
      return errorResponse(new AppError("FORBIDDEN", "Cross-site requests are refused."), "");
    }
  }
  return null;
}

/** A downloadable file (report exports). */
export function fileResponse(file: { body: string | Buffer; contentType: string; filename: string }): Response {
  // The builders make safe names today; this keeps a future one from splitting the header or escaping the quotes.
  const filename = file.filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      // An HTML or JSON export must never be sniffed into something the browser renders inline.
      "X-Content-Type-Options": "nosniff",
    },
  });
}
