import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatusFor, isAppError } from "@/lib/errors";
import { findQueue } from "@/lib/workflow/find-queue";

export const dynamic = "force-dynamic";

/** GET /api/queue?status=NEW,IN_RESEARCH&assignee=me&sort=score&cursor=…&limit=50 — one page of the review queue. */
export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ code: "UNAUTHENTICATED", error: "Sign in to continue." }, { status: 401 });
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return NextResponse.json(await findQueue(user, query));
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ code: error.code, error: error.message }, { status: httpStatusFor(error.code) });
    console.error("Queue request failed", error);
    return NextResponse.json({ code: "UNEXPECTED", error: "The queue could not be loaded." }, { status: 500 });
  }
}
