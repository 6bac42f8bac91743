import { isLetterOrNumberUnit } from "./char-classes";
import type { Span } from "./types";

/**
 * Span trimming shared by sentences and clauses. Format characters (bidi marks, zero-width joiners) are trimmed like
 * spaces: they are invisible to editors and must not start or end a claim.
 */
const LEADING = 1;
const TRAILING = 2;
const JUNK = buildJunkTable();

/**
 * Leading junk: `[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF•·▪■►*\-–—،,;؛:)\]}]`;
 * trailing junk: `[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF،,;؛:\-–—(\[{]` — as a table, since trimming asks
 * per character.
 */
function buildJunkTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const both = LEADING | TRAILING;
  for (const [from, to] of [
    [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f],
    [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff], // \s
    [0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], // format characters
  ] as const) {
    table.fill(both, from, to + 1);
  }
  for (const mark of "،,;؛:-–—") table[mark.charCodeAt(0)] = both;
  for (const mark of "•·▪■►*)]}") table[mark.charCodeAt(0)] = LEADING;
  for (const mark of "([{") table[mark.charCodeAt(0)] = TRAILING;
  return table;
}

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && (JUNK[text.charCodeAt(start)]! & LEADING) !== 0) start++;
  while (end > start && (JUNK[text.charCodeAt(end - 1)]! & TRAILING) !== 0) end--;
  return { start, end };
}

/** True when the span holds at least one letter or digit (a span of punctuation is not a sentence). */
export function hasWordCharacter(text: string, start: number, end: number): boolean {
  // One code unit at a time, as `/[\p{L}\p{N}]/u.test(text[i])` would: surrogate halves simply fail.
  for (let i = start; i < end; i++) if (isLetterOrNumberUnit(text.charCodeAt(i))) return true;
  return false;
}
