import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { previewFileImport, previewUrlImport } from "@/lib/articles/preview-import";
import { addImportHost, removeImportHost } from "@/lib/import-hosts/manage-import-hosts";
import { startLocalServer, type LocalServer } from "@/lib/import/test-support/local-server";
import { importFootprint, newUser, SEED_ARTICLE, type TestUser } from "../helpers/factories";

const PARAGRAPHS = SEED_ARTICLE.body.split("\n").slice(0, 3);
const HEADLINE = "باريس والرباط ترفعان منسوب التنسيق الأمني";

/** An Arabic news page as a CMS serves it: chrome around the article, metadata in <head>, a script that must not run. */
const PAGE = `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${HEADLINE} | هسبريس</title>
<meta property="og:site_name" content="هسبريس">
<meta property="article:published_time" content="2025-04-14T08:00:00Z">
<script>document.write("<p>SCRIPT-RAN</p>")</script>
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/politique">سياسة</a></nav>
<main><article><h1>${HEADLINE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}</article></main>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`;

let server: LocalServer;
let editor: TestUser;
let admin: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR");
  admin = await newUser("ADMIN");
  server = await startLocalServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
});

afterAll(async () => {
  await server?.close();
});

describe("previewUrlImport", () => {
  it("refuses a loopback address that is not on the allow-list, without fetching it", async () => {
    await expect(previewUrlImport(editor, `${server.origin}/news/1`)).rejects.toMatchObject({ code: "URL_REFUSED" });
    expect(server.requests).toEqual([]);
  });

  it("fetches an allow-listed internal host and returns the article text and metadata, writing nothing", async () => {
    const host = await addImportHost(admin, `127.0.0.1:${server.port}`);
    try {
      const before = await importFootprint();
      const preview = await previewUrlImport(editor, `${server.origin}/news/1`);
      expect(preview).toMatchObject({
        title: HEADLINE,
        outlet: "هسبريس",
        sourceUrl: `${server.origin}/news/1`,
        publishedAt: "2025-04-14",
        language: "ar",
      });
      for (const paragraph of PARAGRAPHS) expect(preview.body).toContain(paragraph);
      expect(preview.body).not.toMatch(/SCRIPT-RAN|الرئيسية|جميع الحقوق/);
      expect(await importFootprint()).toEqual(before);
    } finally {
      await removeImportHost(admin, host.id);
    }
    // The allow-list is read on every preview: once the host is removed it is refused again.
    await expect(previewUrlImport(editor, `${server.origin}/news/1`)).rejects.toMatchObject({ code: "URL_REFUSED" });
  });

  it("allows only the port the admin listed", async () => {
    const host = await addImportHost(admin, `127.0.0.1:${server.port === 65535 ? 65534 : server.port + 1}`);
    try {
      await expect(previewUrlImport(editor, `${server.origin}/news/1`)).rejects.toMatchObject({ code: "URL_REFUSED" });
    } finally {
      await removeImportHost(admin, host.id);
    }
  });

  it("refuses non-http schemes and roles without import permission", async () => {
    await expect(previewUrlImport(editor, "file:///etc/passwd")).rejects.toMatchObject({ code: "URL_REFUSED" });
    await expect(previewUrlImport({ id: editor.id, role: "VISITOR" }, `${server.origin}/`)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("previewFileImport", () => {
  it("reads a .txt upload: file name as title, text normalised (CRLF, stray controls)", async () => {
    const text = `${PARAGRAPHS.join("\r\n")}\u0007\r\n`;
    const preview = await previewFileImport(editor, { filename: "تقرير الأمن.txt", bytes: new TextEncoder().encode(text) });
    expect(preview).toEqual({ title: "تقرير الأمن", body: PARAGRAPHS.join("\n") });
  });

  it("reads an .html upload: the headline as title and only the article text as body", async () => {
    const preview = await previewFileImport(editor, { filename: "saved-page.html", bytes: new TextEncoder().encode(PAGE), mimeType: "text/html" });
    expect(preview.title).toBe(HEADLINE);
    expect(preview.body).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("refuses an empty file, a binary renamed .txt and an unknown role", async () => {
    await expect(previewFileImport(editor, { filename: "empty.txt", bytes: new Uint8Array() })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(previewFileImport(editor, { filename: "photo.txt", bytes: png })).rejects.toMatchObject({ code: expect.stringMatching(/BAD_REQUEST|UNSUPPORTED_MEDIA/) });
    await expect(previewFileImport({ id: editor.id, role: "VISITOR" }, { filename: "a.txt", bytes: new TextEncoder().encode("نص") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
