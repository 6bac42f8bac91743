import type { ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fetchArticleFromUrl } from "./fetch-article";
import { startLocalServer, type LocalServer } from "./test-support/local-server";
import { encodeWindows1256 } from "./test-support/windows-1256";

const arabicPage = readFileSync(new URL("./fixtures/arabic-article.html", import.meta.url));
const servers: LocalServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type Route = (res: ServerResponse, server: LocalServer) => void;

async function serve(routes: Record<string, Route>): Promise<LocalServer> {
  const server: LocalServer = await startLocalServer((req, res) => {
    const route = routes[req.url ?? ""];
    if (route) route(res, server);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  servers.push(server);
  return server;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const arabicHtml: Route = (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(arabicPage);

/** Writes forever (respecting backpressure) until the client hangs up. */
function endless(res: ServerResponse): void {
  const chunk = Buffer.alloc(16 * 1024, "a");
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once("drain", pump);
  };
  res.writeHead(200, { "content-type": "text/html" });
  pump();
}

describe("fetchArticleFromUrl through the allow-list", () => {
  it("imports an Arabic page's main text and metadata, without loading its resources", async () => {
    const server = await serve({ "/news/1": arabicHtml });
    const article = await fetchArticleFromUrl(`${server.origin}/news/1`, { allowedHosts: [`127.0.0.1:${server.port}`] });

    expect(article.url).toBe(`${server.origin}/news/1`);
    expect(article.finalUrl).toBe(`${server.origin}/news/1`);
    expect(article.title).toBe("الوزير: البطالة انخفضت إلى النصف");
    expect(article.byline).toBe("سارة أحمد");
    expect(article.siteName).toBe("صحيفة الأخبار");
    expect(article.language).toBe("ar");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-05T06:30:00.000Z");
    expect(article.text.split("\n\n")).toHaveLength(3);
    expect(article.text).not.toMatch(/SCRIPT|الرئيسية|جميع الحقوق/);
    // The page's <img src="/beacon.gif"> was never requested: only the article itself was fetched.
    expect(server.requests.map((r) => r.path)).toEqual(["/news/1"]);
  });

  it("decodes a windows-1256 page from the Content-Type charset", async () => {
    const html = `<html lang="ar"><head><title>تقرير</title></head><body><article><p>${"قال الوزير إن البطالة انخفضت إلى النصف. ".repeat(15)}</p></article></body></html>`;
    const server = await serve({
      "/old": (res) => res.writeHead(200, { "content-type": "text/html; charset=windows-1256" }).end(encodeWindows1256(html)),
    });
    const article = await fetchArticleFromUrl(`${server.origin}/old`, { allowedHosts: [`127.0.0.1:${server.port}`] });
    expect(article.title).toBe("تقرير");
    expect(article.text).toMatch(/^قال الوزير إن البطالة انخفضت إلى النصف\./);
  });

  it("decodes a windows-1256 page from its <meta> when the header names no charset", async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>تقرير</title></head><body><p>${"البطالة انخفضت. ".repeat(30)}</p></body></html>`;
    const server = await serve({ "/old": (res) => res.writeHead(200, { "content-type": "text/html" }).end(encodeWindows1256(html)) });
    const article = await fetchArticleFromUrl(`${server.origin}/old`, { allowedHosts: [`127.0.0.1:${server.port}`] });
    expect(article.text).toMatch(/^البطالة انخفضت\./);
  });

  it("reads ISO-8859-1 text/plain and gzip-compressed responses", async () => {
    const server = await serve({
      "/latin": (res) => res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from("Café prices rose 5%\r\nsaid the mayor", "latin1")),
      "/gz": (res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(arabicPage)),
    });
    const allowedHosts = [`127.0.0.1:${server.port}`];
    const plain = await fetchArticleFromUrl(`${server.origin}/latin`, { allowedHosts });
    expect(plain.text).toBe("Café prices rose 5%\nsaid the mayor");
    expect(plain.title).toBe("Café prices rose 5%");
    expect((await fetchArticleFromUrl(`${server.origin}/gz`, { allowedHosts })).title).toBe("الوزير: البطالة انخفضت إلى النصف");
  });

  it("connects to the address the resolver approved and sends the name only as Host", async () => {
    const server = await serve({ "/a": arabicHtml });
    // ".test" never resolves in real DNS, so success proves no second lookup happened behind the guard's back.
    const resolver = async (host: string) => (host === "wire.test" ? ["127.0.0.1"] : []);
    const article = await fetchArticleFromUrl(`http://wire.test:${server.port}/a`, { allowedHosts: ["wire.test"], resolver });
    expect(article.finalUrl).toBe(`http://wire.test:${server.port}/a`);
    expect(server.requests).toEqual([{ path: "/a", host: `wire.test:${server.port}` }]);
  });

  it("follows redirects within the allowed host", async () => {
    const server = await serve({
      "/short": (res) => res.writeHead(301, { location: "/long" }).end(),
      "/long": (res) => res.writeHead(302, { location: "/news/1" }).end(),
      "/news/1": arabicHtml,
    });
    const article = await fetchArticleFromUrl(`${server.origin}/short`, { allowedHosts: [`127.0.0.1:${server.port}`] });
    expect(article.url).toBe(`${server.origin}/short`);
    expect(article.finalUrl).toBe(`${server.origin}/news/1`);
  });
});

describe("fetchArticleFromUrl refusals", () => {
  it("refuses a loopback URL when the host is not allow-listed, before connecting", async () => {
    const server = await serve({ "/news/1": arabicHtml });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/news/1`));
    expect(error.code).toBe("URL_REFUSED");
    expect(error.params).toMatchObject({ reason: "LOOPBACK_ADDRESS", address: "127.0.0.1" });
    expect(server.requests).toEqual([]);
  });

  it.each(["2130706433", "0x7f.1", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]"])(
    "refuses the numeric form http://%s/ of the loopback server",
    async (host) => {
      const server = await serve({ "/": arabicHtml });
      const error = await refusal(fetchArticleFromUrl(`http://${host}:${server.port}/`));
      expect(error.params.reason).toBe("LOOPBACK_ADDRESS");
      expect(server.requests).toEqual([]);
    },
  );

  it("refuses a redirect from an allowed host to a private address", async () => {
    const server = await serve({ "/go": (res) => res.writeHead(302, { location: "http://10.0.0.5/admin" }).end() });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/go`, { allowedHosts: [`127.0.0.1:${server.port}`] }));
    expect(error.code).toBe("URL_REFUSED");
    expect(error.params).toMatchObject({ reason: "PRIVATE_ADDRESS", address: "10.0.0.5" });
  });

  it("refuses a redirect to another, unlisted loopback port without touching it", async () => {
    const internal = await serve({ "/secret": arabicHtml });
    const server = await serve({ "/go": (res) => res.writeHead(307, { location: `http://localhost:${internal.port}/secret` }).end() });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/go`, { allowedHosts: [`127.0.0.1:${server.port}`] }));
    expect(error.params.reason).toBe("LOOPBACK_ADDRESS");
    expect(internal.requests).toEqual([]);
  });

  it("refuses a redirect to another scheme, saying it was the redirect", async () => {
    const server = await serve({ "/go": (res) => res.writeHead(302, { location: "file:///etc/passwd" }).end() });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/go`, { allowedHosts: [`127.0.0.1:${server.port}`] }));
    expect(error.params.reason).toBe("UNSUPPORTED_SCHEME");
    expect(error.message).toMatch(/^The page redirected to file:\/\/\/etc\/passwd\./);
  });

  it("stops after too many redirects", async () => {
    const server = await serve({ "/loop": (res) => res.writeHead(302, { location: "/loop" }).end() });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/loop`, { allowedHosts: [`127.0.0.1:${server.port}`], maxRedirects: 3 }));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.params).toEqual({ reason: "TOO_MANY_REDIRECTS", maxRedirects: 3 });
    expect(server.requests).toHaveLength(4);
  });

  it("refuses an oversize body while it streams", async () => {
    const server = await serve({ "/huge": endless });
    const error = await refusal(
      fetchArticleFromUrl(`${server.origin}/huge`, { allowedHosts: [`127.0.0.1:${server.port}`], maxBytes: 256 * 1024, timeoutMs: 5_000 }),
    );
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.params).toEqual({ reason: "PAGE_TOO_LARGE", limitBytes: 256 * 1024 });
  });

  it("refuses a declared Content-Length over the limit, and a gzip body that inflates past it", async () => {
    const server = await serve({
      "/declared": (res) => res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) }).end(),
      "/bomb": (res) =>
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, " "))),
    });
    const options = { allowedHosts: [`127.0.0.1:${server.port}`], maxBytes: 1024 * 1024 };
    expect((await refusal(fetchArticleFromUrl(`${server.origin}/declared`, options))).code).toBe("PAYLOAD_TOO_LARGE");
    expect((await refusal(fetchArticleFromUrl(`${server.origin}/bomb`, options))).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("refuses content that is not a web page or plain text", async () => {
    const server = await serve({
      "/doc.pdf": (res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
      "/unlabelled": (res) => res.writeHead(200).end("<p>hi</p>"),
    });
    const options = { allowedHosts: [`127.0.0.1:${server.port}`] };
    const pdf = await refusal(fetchArticleFromUrl(`${server.origin}/doc.pdf`, options));
    expect(pdf.code).toBe("UNSUPPORTED_MEDIA");
    expect(pdf.params).toMatchObject({ reason: "UNSUPPORTED_CONTENT_TYPE", contentType: "application/pdf" });
    expect(pdf.message).toContain("text/html, application/xhtml+xml, text/plain");
    expect((await refusal(fetchArticleFromUrl(`${server.origin}/unlabelled`, options))).code).toBe("UNSUPPORTED_MEDIA");
  });

  it("names the status of a non-2xx answer", async () => {
    const server = await serve({});
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/gone`, { allowedHosts: [`127.0.0.1:${server.port}`] }));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.params).toEqual({ reason: "HTTP_STATUS", status: 404 });
    expect(error.message).toBe("The site answered with HTTP 404 (Not Found) instead of the page.");
  });

  it("gives up on a server that never answers, within the timeout", async () => {
    const server = await serve({ "/silent": () => {} });
    const started = Date.now();
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/silent`, { allowedHosts: [`127.0.0.1:${server.port}`], timeoutMs: 300 }));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.message).toBe("The site did not answer within 0.3 s.");
    expect(error.params).toEqual({ reason: "TIMEOUT", timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("counts the timeout over the whole transfer, not just the first byte", async () => {
    const server = await serve({
      "/trickle": (res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html><body><p>start");
      },
    });
    const error = await refusal(fetchArticleFromUrl(`${server.origin}/trickle`, { allowedHosts: [`127.0.0.1:${server.port}`], timeoutMs: 300 }));
    expect(error.params.reason).toBe("TIMEOUT");
  });

  it("reports a refused connection as an upstream failure", async () => {
    const server = await serve({});
    const { port } = server;
    await server.close();
    servers.length = 0;
    const error = await refusal(fetchArticleFromUrl(`http://127.0.0.1:${port}/`, { allowedHosts: [`127.0.0.1:${port}`] }));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.params).toMatchObject({ reason: "NETWORK_ERROR", code: "ECONNREFUSED" });
  });
});
