import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { extractTextFromFile, fetchArticleFromUrl } from "@/lib/import";
import { splitLeadingHeadline } from "./headline";

/**
 * The first step of a file or URL import: turn the material into a title and text the editor reviews (and may fix)
 * before anything is stored. Nothing is written here.
 */
export interface ImportPreview {
  title: string;
  body: string;
  outlet?: string;
  sourceUrl?: string;
  publishedAt?: string;
  language?: string;
}

export async function previewFileImport(actor: Actor, file: { filename: string; bytes: Uint8Array; mimeType?: string }): Promise<ImportPreview> {
  assertCan(actor, "article.import");
  const extracted = await extractTextFromFile(file);
  if (extracted.title) return { title: extracted.title, body: extracted.text };
  const { title, body } = splitLeadingHeadline(extracted.text);
  return { title: title ?? file.filename.replace(/\.[^.]+$/, ""), body };
}

export async function previewUrlImport(actor: Actor, url: string): Promise<ImportPreview> {
  assertCan(actor, "article.import");
  // Only hosts an admin put on the allow-list may resolve to private or loopback addresses.
  const allowedHosts = (await db.allowedImportHost.findMany({ select: { host: true } })).map((h) => h.host);
  const page = await fetchArticleFromUrl(url, { allowedHosts });
  return {
    title: page.title,
    body: page.text,
    outlet: page.siteName,
    sourceUrl: page.finalUrl,
    publishedAt: page.publishedAt?.toISOString().slice(0, 10),
    language: page.language?.slice(0, 2).toLowerCase(),
  };
}
