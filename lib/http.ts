import { httpStatusFor, isAppError } from "@/lib/errors";

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

/** A downloadable file (report exports). */
export function fileResponse(file: { body: string | Buffer; contentType: string; filename: string }): Response {
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "no-store" },
  });
}
