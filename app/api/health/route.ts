import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip; the start script and the e2e suite wait on it. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unreachable" }, { status: 503 });
  }
}
