/**
 * Import: turning pasted text, uploaded files and web pages into article text. Every entry point returns text that
 * has been through normalizeArticleText, so claim offsets can be taken from it as stored.
 */
export { contentHash, detectDirection, normalizeArticleText, type TextDirection } from "./normalize";
export { extractTextFromFile, ACCEPTED_EXTENSIONS, type ExtractedFileText, type UploadFormat, type UploadedFile } from "./file-text";
export { fetchArticleFromUrl, type FetchArticleOptions, type FetchedArticle } from "./fetch-article";
export { extractArticleFromHtml, type HtmlArticle } from "./html-text";
export { checkAddress, isHostAllowed, parseImportUrl, type Resolver } from "./url-guard";
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from "./limits";
