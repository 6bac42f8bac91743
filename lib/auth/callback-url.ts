/** Where the desk lands after signing in when no (usable) callbackUrl was given. */
export const DEFAULT_CALLBACK_PATH = "/articles";

// Any origin will do: it only has to be one no real request comes from, so "resolved to another origin" is detectable.
const PROBE_ORIGIN = "http://callback.invalid";

/**
 * The path to return to after sign-in, or the default. Only a path on this site passes: an open redirect after sign-in
 * is a phishing aid ("sign in to Sanad" that lands on a look-alike page).
 *
 * Checking `startsWith("/") && !startsWith("//")` is not enough, because browsers normalise before they navigate:
 * `/\evil.example` becomes `//evil.example`, and tabs or newlines inside a URL are dropped (`/\t/evil.example`). So the
 * value is resolved the way a browser would, against a probe origin, and refused unless it stays on that origin; what
 * is returned is the resolved path, which no later parser can read differently.
 */
export function safeCallbackPath(value: string | string[] | null | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/")) return DEFAULT_CALLBACK_PATH;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_CALLBACK_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The sign-in page itself would loop, and the auth endpoints are not pages.
  if (path === "/signin" || path.startsWith("/signin?") || path.startsWith("/api/")) return DEFAULT_CALLBACK_PATH;
  return path;
}
