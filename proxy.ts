import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

/**
 * Only sends anonymous visitors to the sign-in page. It decides nothing about permissions: every action, route and
 * lib operation checks the permission map itself (a valid cookie here says nothing about role or active status).
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Public: sign-in, next-auth's own endpoints, published reports (/r/...), health check, static assets.
  matcher: ["/((?!signin|api/auth|api/health|r/|fonts/|_next/|favicon\\.ico|robots\\.txt).*)"],
};
