/** The public base URL for report links: NEXTAUTH_URL when configured (behind a proxy), else the request's origin. */
export function publicBaseUrl(request?: Request): string {
  const configured = process.env.SANAD_PUBLIC_URL ?? process.env.NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return request ? new URL(request.url).origin : "http://localhost:3000";
}
