import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { normalizeArticleText } from "./normalize";
import { blockText } from "./block-text";

export type HtmlArticle = {
  title: string;
  text: string;
  byline?: string;
  siteName?: string;
  publishedAt?: Date;
  language?: string;
};

/**
 * Main article text and metadata from an HTML document. The HTML is hostile input (uploaded, or fetched from any site),
 * so jsdom is created with its safe defaults spelled out: scripts are never run and no sub-resource (image, stylesheet,
 * iframe) is ever loaded, which would otherwise let a page make our server send requests.
 */
export function extractArticleFromHtml(html: string, { url }: { url?: string } = {}): HtmlArticle {
  const dom = createInertDom(html, url);
  try {
    const document = dom.window.document;
    // Read what Readability would discard before it rewrites the document in place.
    const language = document.documentElement.getAttribute("lang")?.trim() || metaContent(document, "http-equiv", "content-language");
    const metaTitle = metaContent(document, "property", "og:title") || document.title.trim();
    const microdataDate = metaContent(document, "itemprop", "datePublished");

    removeChrome(document);
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    let text = article?.content ? normalizeArticleText(blockText(article.content)) : "";
    if (!text) text = normalizeArticleText(fallbackBodyText(createInertDom(html, url)));
    const title = normalizeTitle(article?.title || metaTitle);

    return {
      title,
      text: withoutLeadingTitle(text, title),
      byline: normalizeTitle(article?.byline ?? "") || undefined,
      siteName: normalizeTitle(article?.siteName ?? "") || undefined,
      publishedAt: parseDate(article?.publishedTime || microdataDate),
      language: language || undefined,
    };
  } finally {
    dom.window.close();
  }
}

/** The only way this module builds a DOM, so no call site can forget the safe options. */
function createInertDom(html: string, url: string | undefined): JSDOM {
  return new JSDOM(html, {
    url: url ?? "about:blank",
    runScripts: undefined,
    resources: undefined,
    // jsdom reports CSS it cannot parse; that is the page's business, not our logs'.
    virtualConsole: new VirtualConsole(),
  });
}

function metaContent(document: Document, attribute: string, name: string): string | undefined {
  for (const meta of Array.from(document.querySelectorAll(`meta[${attribute}]`))) {
    if (meta.getAttribute(attribute)?.trim().toLowerCase() === name.toLowerCase()) {
      const content = meta.getAttribute("content")?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

/** Titles and bylines are one line: whatever whitespace the markup carried collapses to single spaces. */
function normalizeTitle(value: string): string {
  return normalizeArticleText(value).replace(/\s+/g, " ");
}

function parseDate(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Site chrome marked up as such. Readability scores by class names and text density, so on short pages it can keep a
 * <nav>; removing what the page itself labels as navigation, sidebars and footers first is cheap and never loses
 * article text. A <header> inside the article (headline, byline) is left for Readability.
 */
function removeChrome(document: Document): void {
  const selector = "nav, aside, footer, form, [role=navigation], [role=complementary], [role=contentinfo], [role=banner]";
  for (const element of Array.from(document.querySelectorAll(selector))) element.remove();
  for (const header of Array.from(document.querySelectorAll("header"))) {
    if (!header.closest("article, main")) header.remove();
  }
}

/**
 * When Readability finds no article at all, keep the body's text minus the chrome rather than nothing: a
 * fact-checker can delete a stray line, but cannot check a claim the importer dropped.
 */
function fallbackBodyText(dom: JSDOM): string {
  try {
    removeChrome(dom.window.document);
    return dom.window.document.body ? blockText(dom.window.document.body) : "";
  } finally {
    dom.window.close();
  }
}

/** The headline is stored beside the body (Article.title), so a body that opens by repeating it drops that copy. */
export function withoutLeadingTitle(text: string, title: string | undefined): string {
  if (!title) return text;
  const [first, ...rest] = text.split("\n\n");
  return first !== undefined && rest.length > 0 && first.replace(/\s+/g, " ").trim() === title ? rest.join("\n\n") : text;
}
