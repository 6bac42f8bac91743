/**
 * Plain text from a DOM subtree, shaped like the page reads: one paragraph per block element, separated by a blank
 * line, whitespace inside a paragraph collapsed as a browser would, <br> kept as a line break, <pre> kept verbatim.
 * Node.textContent cannot do this: it glues "end of paragraph.Start of next" together.
 */

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
  "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
]);

/** Elements whose text is never article text (and which jsdom keeps as text nodes since scripts do not run). */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title"]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";

  const flush = () => {
    const lines = current
      .split("\n")
      // Text nodes already turned their whitespace into spaces, so a tab here is a cell separator worth keeping.
      .map((line) => line.replace(/ {2,}/g, " ").replace(/ *\t */g, "\t").trim())
      .filter((line) => line !== "");
    if (lines.length > 0) paragraphs.push(lines.join("\n"));
    current = "";
  };

  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      // Newlines in source HTML are just whitespace; only <br> makes a line break.
      current += (node.nodeValue ?? "").replace(/[ \t\n\r\f]+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      node.childNodes.forEach(walk);
      return;
    }
    const tag = (node as Element).localName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "br") {
      current += "\n";
      return;
    }
    if (tag === "pre") {
      flush();
      const pre = (node.textContent ?? "").replace(/^\n/, "").trimEnd();
      if (pre.trim()) paragraphs.push(pre);
      return;
    }
    if (tag === "td" || tag === "th") {
      // Cells of one row stay on one line, tab-separated, so a table of figures remains readable.
      if (current.trim()) current += "\t";
      node.childNodes.forEach(walk);
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    node.childNodes.forEach(walk);
    if (isBlock) flush();
  };

  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
