import type { IncomingMessage } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { pipeline, type Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { AppError } from "@/lib/errors";
import { formatBytes } from "./limits";

/**
 * One HTTP GET, sent to an address the URL guard already approved. The socket goes to `address` itself, never to a
 * fresh DNS answer for the host name (that second answer is how DNS rebinding gets past a check); the name travels
 * only in the Host header and, for https, in SNI and certificate verification.
 */
export function openPage(url: URL, address: string, signal: AbortSignal): Promise<IncomingMessage> {
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const options = {
    host: address,
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: "GET",
    signal,
    // A fresh connection per hop: a pooled socket could belong to a different, earlier-approved address.
    agent: false as const,
    headers: {
      host: url.host,
      "user-agent": "SanadImporter/1.0 (editorial fact-check desk)",
      accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
      "accept-encoding": "gzip, deflate, br",
    },
  };
  return new Promise((resolve, reject) => {
    const req =
      url.protocol === "https:"
        ? // Node verifies the certificate against `servername`; it must be the host name, and SNI refuses IP literals.
          httpsRequest({ ...options, ...(isIP(hostname) ? {} : { servername: hostname }) }, resolve)
        : httpRequest(options, resolve);
    req.on("error", reject);
    req.end();
  });
}

/**
 * Reads a response body, decompressing it, and stops the transfer as soon as it passes maxBytes: the limit applies
 * to what we would hold in memory, so a small gzip that inflates to gigabytes is cut off too.
 */
export async function readBodyWithin(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const body = decoded(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    // Ends the download when we stop early (limit, timeout, error); a no-op after a complete read.
    body.destroy();
    response.destroy();
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const ignoreError = () => {};
  switch (encoding) {
    case "identity":
    case "":
      return response;
    case "gzip":
    case "x-gzip":
      return pipeline(response, createGunzip(), ignoreError);
    case "deflate":
      return pipeline(response, createInflate(), ignoreError);
    case "br":
      return pipeline(response, createBrotliDecompress(), ignoreError);
    default:
      response.destroy();
      throw new AppError("UPSTREAM_FAILED", `The site sent its page in an encoding we cannot read (${encoding}).`, {
        reason: "UNSUPPORTED_CONTENT_ENCODING",
        encoding,
      });
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `The page is larger than ${formatBytes(maxBytes)}, the most that can be imported.`, {
    reason: "PAGE_TOO_LARGE",
    limitBytes: maxBytes,
  });
}
