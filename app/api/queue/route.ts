import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { errorResponse, unauthenticatedResponse } from "@/lib/http";
import { findQueue } from "@/lib/workflow/find-queue";

export const dynamic = "force-dynamic";

/** GET /api/queue?status=NEW,IN_RESEARCH&assignee=me&sort=score&cursor=…&limit=50 — one page of the review queue. */
export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    if (!user) return unauthenticatedResponse();
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return NextResponse.json(await findQueue(user, query));
  } catch (error) {
    return errorResponse(error, "Queue request");
  }
}
