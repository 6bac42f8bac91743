import type { Span } from "./types";

/**
 * Span trimming shared by sentences and clauses. Format characters (bidi marks, zero-width joiners) are trimmed like
 * spaces: they are invisible to editors and must not start or end a claim.
 */
const LEADING_JUNK = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF•·▪■►*\-–—،,;؛:)\]}]/;
const TRAILING_JUNK = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF،,;؛:\-–—(\[{]/;

export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && LEADING_JUNK.test(text[start]!)) start++;
  while (end > start && TRAILING_JUNK.test(text[end - 1]!)) end--;
  return { start, end };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the span holds at least one letter or digit (a span of punctuation is not a sentence). */
export function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path; anything else goes through the Unicode test (surrogate halves simply fail it).
    if (code < 0x80) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    } else if (WORD_CHAR.test(text[i]!)) {
      return true;
    }
  }
  return false;
}
