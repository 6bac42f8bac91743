import { ExtractionInputError } from "./errors";

/**
 * Turns whatever the caller passed into a "working text" the extractor can read, or refuses it with a clear error.
 *
 * The working text always has exactly the same length as the article: markup and control characters are blanked
 * out in place rather than removed, so every offset found in it is also an offset into the original article and
 * `body.slice(start, end)` keeps returning the claim.
 */

/** Longest article accepted, in UTF-16 units (~2 MB of Arabic UTF-8). Longer inputs are books or dumps, not articles. */
export const MAX_ARTICLE_LENGTH = 1_000_000;

// C0 controls except tab, line feed, vertical tab, form feed, carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
const TAG_START = /<\/?[a-zA-Z!]/;
/**
 * Any character the checks below look for: a control character (NUL included), U+FFFD, the start of a tag or an
 * entity. Clean text — nearly every article — has none, and one scan then answers every check at once.
 */
const ANYTHING_TO_CHECK = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD<&]/;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})\b[^<>]{0,2000}>/g;
const ENTITY = /&(?:[a-zA-Z]{2,10}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;
const BLOCK_TAGS = new Set([
  "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "section",
  "article", "header", "footer", "blockquote", "title", "figcaption", "hr", "aside", "main", "nav", "pre",
]);

export function prepareInput(input: unknown): string {
  if (typeof input !== "string") {
    throw new ExtractionInputError("NOT_TEXT", `The article must be text, but received ${describeType(input)}.`);
  }
  if (input.length > MAX_ARTICLE_LENGTH) {
    throw new ExtractionInputError(
      "TOO_LONG",
      `The article is too long to extract claims from: ${input.length.toLocaleString("en")} characters, the limit is ` +
        `${MAX_ARTICLE_LENGTH.toLocaleString("en")}. Split it into separate articles.`,
    );
  }
  let text = input;
  if (ANYTHING_TO_CHECK.test(input)) {
    const hasControl = HAS_CONTROL.test(input);
    refuseBinary(input, hasControl);
    text = hasControl ? input.replace(CONTROL, " ") : input;
    if (TAG_START.test(text) || text.includes("&")) text = blankOutMarkup(text);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new ExtractionInputError("EMPTY", "The article has no words to extract claims from (it is empty or only spaces and symbols).");
  }
  return text;
}

function describeType(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  return `a value of type ${typeof input}`;
}

/** NUL bytes, many control characters or many U+FFFD replacement characters mean a binary file was read as text. */
function refuseBinary(input: string, hasControl: boolean): void {
  if (input.includes("\u0000")) {
    throw new ExtractionInputError("BINARY", "The article looks like a binary file (it contains NUL bytes), not text.");
  }
  const sample = input.length > 100_000 ? input.slice(0, 100_000) : input;
  const controls = hasControl ? (sample.match(CONTROL)?.length ?? 0) : 0;
  const replacements = sample.includes("\uFFFD") ? (sample.match(/\uFFFD/g)?.length ?? 0) : 0;
  const limit = Math.max(8, sample.length * 0.01);
  if (controls > limit || replacements > limit) {
    throw new ExtractionInputError(
      "BINARY",
      "The article looks like a binary file or text in the wrong encoding (too many control or replacement characters). Save it as UTF-8 text.",
    );
  }
}

/**
 * HTML pasted into the importer: tags, comments, scripts and styles become spaces of the same length; block-level
 * tags become a line break so paragraphs still end sentences; entities (&amp;) become spaces.
 */
function blankOutMarkup(text: string): string {
  let out = blankOutRegions(text, "<!--", "-->");
  out = blankOutElement(out, "script");
  out = blankOutElement(out, "style");
  out = out.replace(TAG, (tag: string, name: string) => {
    const blank = " ".repeat(tag.length);
    return BLOCK_TAGS.has(name.toLowerCase()) ? "\n" + blank.slice(1) : blank;
  });
  return out.replace(ENTITY, (entity: string) => (entity === "&nbsp;" ? " ".repeat(entity.length) : " ".repeat(entity.length)));
}

function blankOutElement(text: string, name: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes(`<${name}`)) return text;
  return blankOutRegions(text, `<${name}`, `</${name}>`, lower);
}

/** Blanks every region from `open` to the next `close` (or to the end when it never closes). Linear in the text. */
function blankOutRegions(text: string, open: string, close: string, haystack = text): string {
  let result = "";
  let from = 0;
  for (;;) {
    const start = haystack.indexOf(open, from);
    if (start < 0) break;
    const closeAt = haystack.indexOf(close, start + open.length);
    const end = closeAt < 0 ? text.length : closeAt + close.length;
    result += text.slice(from, start) + blankKeepingLines(text.slice(start, end));
    from = end;
  }
  return from === 0 ? text : result + text.slice(from);
}

function blankKeepingLines(region: string): string {
  return region.replace(/[^\n]/g, " ");
}
