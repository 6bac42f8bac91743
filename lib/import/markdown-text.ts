/**
 * Markdown → the text a reader sees. Only syntax is removed (heading #, emphasis markers, link targets, images,
 * block-quote and bullet markers, code fences, thematic breaks); every word the author wrote stays, in order. This is
 * a line-based reader for articles, not a CommonMark implementation: nested or exotic constructs pass through as text,
 * which is the safe failure (the fact-checker sees a stray "*", never loses a sentence).
 */
export function markdownToText(markdown: string): { title?: string; text: string } {
  // NUL delimits placeholders in inline(); it is never text (uploads containing it are refused as binary anyway).
  const lines = stripFrontMatter(markdown.replace(/\r\n?/g, "\n").replace(/\u0000/g, "")).split("\n");
  const out: string[] = [];
  let title: string | undefined;
  let titleLine = -1;
  let inFence: string | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (inFence) {
      if (fence && fence[0] === inFence[0] && fence.length >= inFence.length) inFence = undefined;
      else out.push(line);
      continue;
    }
    if (fence) {
      inFence = fence;
      continue;
    }

    const atx = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      const heading = inline(atx[1] ?? "");
      if (title === undefined && heading) [title, titleLine] = [heading, out.length];
      out.push(heading);
      continue;
    }
    // Setext heading: a text line underlined with === or ---. The underline is syntax; the text is the heading.
    const next = lines[i + 1] ?? "";
    if (line.trim() && !isBlockMarker(line) && /^\s{0,3}(=+|-+)\s*$/.test(next)) {
      const heading = inline(line.trim());
      if (title === undefined && heading) [title, titleLine] = [heading, out.length];
      out.push(heading);
      i++;
      continue;
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) continue; // thematic break
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition

    const body = line
      .replace(/^\s{0,3}(>\s?)+/, "") // block quote markers
      .replace(/^(\s*)[-*+]\s+(\[[ xX]\]\s+)?/, "$1"); // bullets and task-list boxes; "1." numbers read as text
    out.push(inline(body));
  }
  // A title that opens the document is the headline, stored beside the body (as Readability does for web pages);
  // a first heading further down stays where the author put it.
  if (titleLine >= 0 && out.slice(0, titleLine).every((l) => l.trim() === "")) out.splice(0, titleLine + 1);
  return { title, text: out.join("\n") };
}

function isBlockMarker(line: string): boolean {
  return /^\s{0,3}([>#]|[-*+]\s|```|~~~)/.test(line);
}

function stripFrontMatter(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---[ \t]*(\n|$)/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/** Inline syntax. Placeholders keep code spans and escaped characters from being read as markup. */
function inline(text: string): string {
  const kept: string[] = [];
  const keep = (value: string) => `\u0000${kept.push(value) - 1}\u0000`;

  let result = text
    .replace(/(`+)(.+?)\1/g, (_, __, code: string) => keep(code.trim()))
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>])/g, (_, char: string) => keep(char))
    // Images are dropped entirely, with the space before them, so no double space is left where they stood.
    .replace(/ ?!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/ ?!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // [text](target) → text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref] → text
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1"); // <https://…> autolinks read as the address

  // Emphasis: a marker counts only when it hugs a word, so "2 * 3" and snake_case survive.
  result = result
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, "$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/gu, "$1")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1");

  return result.replace(/\u0000(\d+)\u0000/g, (_, index: string) => kept[Number(index)] ?? "");
}
