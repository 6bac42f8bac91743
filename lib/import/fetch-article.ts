import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import { AppError, isAppError } from "@/lib/errors";
import { charsetFromContentType, decodeWebText } from "./decode-text";
import { openPage, readBodyWithin } from "./fetch-page";
import { extractArticleFromHtml } from "./html-text";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, formatSeconds } from "./limits";
import { normalizeArticleText } from "./normalize";
import { assertFetchableUrl, parseImportUrl, resolveCheckedAddress, type Resolver } from "./url-guard";

export type FetchArticleOptions = {
  /** Admin allow-list ("host" or "host:port") that may resolve to private or loopback addresses. */
  allowedHosts?: readonly string[];
  maxBytes?: number;
  /** One deadline for the whole import: DNS, every redirect hop and the body. */
  timeoutMs?: number;
  maxRedirects?: number;
  resolver?: Resolver;
};

export type FetchedArticle = {
  url: string;
  finalUrl: string;
  title: string;
  text: string;
  byline?: string;
  siteName?: string;
  publishedAt?: Date;
  language?: string;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_MEDIA_TYPES = ["text/html", "application/xhtml+xml", "text/plain"];

/** Fetches a web page and returns its article text, normalised like every other import. */
export async function fetchArticleFromUrl(url: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  const start = parseImportUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const { finalUrl, response } = await followRedirects(start, options, controller.signal);
    const body = await readBodyWithin(response, maxBytes);
    return { url: start.href, ...articleFromBody(body, response, finalUrl) };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new AppError("UPSTREAM_FAILED", `The site did not answer within ${formatSeconds(timeoutMs)}.`, {
        reason: "TIMEOUT",
        timeoutMs,
      });
    }
    throw isAppError(error) ? error : networkFailure(error, start);
  } finally {
    clearTimeout(timer);
  }
}

/** Follows redirects by hand so every hop's target passes the URL guard before we connect to it. */
async function followRedirects(
  start: URL,
  options: FetchArticleOptions,
  signal: AbortSignal,
): Promise<{ finalUrl: URL; response: IncomingMessage }> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = start;
  for (let redirects = 0; ; redirects++) {
    const address = await abortable(resolveCheckedAddress(current, options), signal);
    const response = await openPage(current, address, signal);
    const status = response.statusCode ?? 0;

    if (REDIRECT_STATUSES.has(status)) {
      response.destroy();
      if (redirects >= maxRedirects) {
        throw new AppError("UPSTREAM_FAILED", `The page redirected more than ${maxRedirects} times, so it was not followed further.`, {
          reason: "TOO_MANY_REDIRECTS",
          maxRedirects,
        });
      }
      current = redirectTarget(current, response.headers.location);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new AppError("UPSTREAM_FAILED", `The site answered with HTTP ${status} (${STATUS_CODES[status] ?? "unknown status"}) instead of the page.`, {
        reason: "HTTP_STATUS",
        status,
      });
    }
    assertAcceptedMediaType(response);
    return { finalUrl: current, response };
  }
}

function redirectTarget(from: URL, location: string | undefined): URL {
  const target = parseRedirectLocation(from, location);
  if (!target) {
    throw new AppError("UPSTREAM_FAILED", "The site sent a redirect without a valid destination.", { reason: "BAD_REDIRECT" });
  }
  try {
    assertFetchableUrl(target);
  } catch (error) {
    // Say that the redirect, not the pasted URL, was refused: otherwise the user stares at a URL that looks fine.
    if (isAppError(error)) throw new AppError(error.code, `The page redirected to ${target.href}. ${error.message}`, error.params);
    throw error;
  }
  return target;
}

function parseRedirectLocation(from: URL, location: string | undefined): URL | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

function assertAcceptedMediaType(response: IncomingMessage): void {
  const contentType = response.headers["content-type"];
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (mediaType && ACCEPTED_MEDIA_TYPES.includes(mediaType)) return;
  response.destroy();
  const what = mediaType ? `is "${mediaType}"` : "did not say what kind of content it is";
  throw new AppError(
    "UNSUPPORTED_MEDIA",
    `The address ${what}, not a web page; only ${ACCEPTED_MEDIA_TYPES.join(", ")} can be imported.`,
    { reason: "UNSUPPORTED_CONTENT_TYPE", contentType: mediaType ?? "", accepted: ACCEPTED_MEDIA_TYPES.join(", ") },
  );
}

function articleFromBody(body: Buffer, response: IncomingMessage, finalUrl: URL): Omit<FetchedArticle, "url"> {
  const contentType = response.headers["content-type"] ?? "";
  const isHtml = !contentType.toLowerCase().startsWith("text/plain");
  const { text: decoded } = decodeWebText(body, { headerCharset: charsetFromContentType(contentType), isHtml });
  const headerLanguage = response.headers["content-language"]?.split(",")[0]?.trim() || undefined;

  const article = isHtml
    ? extractArticleFromHtml(decoded, { url: finalUrl.href })
    : { title: "", text: normalizeArticleText(decoded), language: undefined };
  if (!article.text) {
    throw new AppError("BAD_REQUEST", `No article text was found at ${finalUrl.href}.`, { reason: "NO_ARTICLE_TEXT" });
  }
  // Article.title is required; a page without one is titled by its first line, which the desk can edit.
  const title = article.title || (article.text.split("\n")[0] ?? "").slice(0, 200);
  return { ...article, title, language: article.language ?? headerLanguage, finalUrl: finalUrl.href };
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

function networkFailure(error: unknown, url: URL): AppError {
  const code = (error as { code?: string }).code ?? "UNKNOWN";
  const host = url.hostname;
  const why =
    code === "ECONNREFUSED"
      ? "refused the connection"
      : code === "ECONNRESET"
        ? "closed the connection"
        : code.startsWith("CERT_") || code.includes("SELF_SIGNED") || code.startsWith("ERR_TLS") || code.includes("UNABLE_TO_VERIFY")
          ? `presented a certificate that cannot be trusted (${code})`
          : `could not be reached (${code})`;
  return new AppError("UPSTREAM_FAILED", `The site ${host} ${why}.`, { reason: "NETWORK_ERROR", code, host });
}
