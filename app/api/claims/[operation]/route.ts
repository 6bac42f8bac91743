import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { errorResponse, refuseCrossSiteWrite, unauthenticatedResponse } from "@/lib/http";
import { isClaimOperation, runClaimOperation } from "@/lib/workflow/operations";

export const dynamic = "force-dynamic";

/**
 * JSON API for claim operations: POST /api/claims/<operation> with the operation's input as the body, e.g.
 * POST /api/claims/reviewVerdict {"articleId","claimId","version","verdictId","decision":"APPROVE"}.
 * Errors come back as { code, error, params } with the status from lib/errors.ts (409 for a stale version or an
 * invalid transition, 403 for a refused permission or self-approval). The body must be sent as application/json from
 * this origin (see refuseCrossSiteWrite): the session cookie alone does not prove the user meant to send it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ operation: string }> }) {
  const { operation } = await params;
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  try {
    const user = await getCurrentUser();
    if (!user) return unauthenticatedResponse();
    if (!isClaimOperation(operation)) return NextResponse.json({ code: "NOT_FOUND", error: `Unknown operation: ${operation}` }, { status: 404 });
    const body = await request.json().catch(() => null);
    if (body === null || typeof body !== "object") return NextResponse.json({ code: "BAD_REQUEST", error: "Send the operation's input as a JSON object." }, { status: 400 });
    return NextResponse.json(await runClaimOperation(user, operation, body));
  } catch (error) {
    return errorResponse(error, "Claim operation");
  }
}
