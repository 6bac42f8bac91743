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
  // Public: sign-in, published reports (/r/...), fonts, static assets. API routes are left out on purpose: they answer
  // 401 themselves (a redirect is no use to a JSON client), and skipping the proxy saves a token decode per call.
  matcher: ["/((?!signin|api/|r/|fonts/|_next/|favicon\\.ico|robots\\.txt).*)"],
};
