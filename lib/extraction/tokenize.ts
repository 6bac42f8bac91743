import { isLetterOrMarkUnit } from "./char-classes";
import { getWordForms, hashWord, type WordForms } from "./word-forms";

/** A word or number inside the article, with its matching keys. */
export interface Token {
  start: number;
  end: number;
  /** Folded form used for lexicon lookups (see text-keys.ts). */
  key: string;
  /** Key without an Arabic conjunction prefix, or "". */
  keyNoConjunction: string;
  /** Key without conjunction and preposition prefixes, or "". */
  keyNoPrefix: string;
  isNumber: boolean;
  /** First letter is an upper-case Latin letter (names, sentence starts). */
  capitalized: boolean;
  isArabic: boolean;
  /** The word's shared forms (word-forms.ts): what the keys above came from, plus its lexicon lookups. */
  forms: WordForms;
}

/*
 * Tokens are what this regular expression finds, scanning left to right (the first alternative that matches at a
 * position wins):
 *
 *   /(?:https?:\/\/|www\.)[^\s"'<>«»]+|@[A-Za-z0-9_]+|[D]+(?:[.,\u066B\u066C][D]+)*|[\p{L}\p{M}]+/giu
 *   with D = 0-9, ٠-٩ (U+0660–0669), ۰-۹ (U+06F0–06F9)
 *
 * Links and @handles are matched so they can be skipped: "t.co/x7Yb2" is not the number 7. Numbers keep their inner
 * separators (3.5, 1,000, ٣٫٥) so "3.5" is one token; letters and combining marks make words.
 *
 * It is hand-written as a character scanner because running that regex was the largest single cost of extraction.
 * The scanner keeps the regex's exact meaning, including its case folding under the `iu` flags: "s" also matches
 * U+017F (ſ), and the handle class also matches U+017F and U+212A (Kelvin sign).
 */
const KIND_NONE = 0;
const KIND_SKIPPED = 1; // a link or an @handle
const KIND_NUMBER = 2;
const KIND_WORD = 3;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** hashWord() of the range wordEnd() last scanned, computed in the same pass. */
let scannedHash = 0;

/**
 * End of the run of letters and marks starting at `from` (`from` when there is none), whole code points only.
 * Hashes the run on the way (left in `scannedHash`), so the word is read once.
 */
function wordEnd(text: string, from: number): number {
  let i = from;
  let hash = FNV_OFFSET;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower < 0x61 || lower > 0x7a) break;
    } else if (isHighSurrogate(code) && i + 1 < length && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (!ASTRAL_LETTER_OR_MARK.test(text.slice(i, i + 2))) break;
      hash = Math.imul(Math.imul(hash ^ code, FNV_PRIME) ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += 2;
      continue;
    } else if (!isLetterOrMarkUnit(code)) {
      break;
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    i++;
  }
  scannedHash = hash;
  return i;
}

/** `[D]+(?:[.,٫٬][D]+)*` from a digit at `from`. */
function numberEnd(text: string, from: number): number {
  let i = from + 1;
  const length = text.length;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  for (;;) {
    const separator = text.charCodeAt(i);
    const isSeparator = separator === 0x2e || separator === 0x2c || separator === 0x066b || separator === 0x066c;
    if (!isSeparator || i + 1 >= length || !isDigit(text.charCodeAt(i + 1))) return i;
    i += 2;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
  }
}

/** `[^\s"'<>«»]` — what a link runs on. */
function isLinkCharacter(code: number): boolean {
  if (code < 0x80) return code !== 0x20 && (code < 0x09 || code > 0x0d) && code !== 0x22 && code !== 0x27 && code !== 0x3c && code !== 0x3e;
  if (code === 0xab || code === 0xbb || code === 0xa0 || code === 0x1680 || code === 0xfeff) return false;
  if (code >= 0x2000 && code <= 0x200a) return false;
  return code !== 0x2028 && code !== 0x2029 && code !== 0x202f && code !== 0x205f && code !== 0x3000;
}

/** The code unit at `i` with the ASCII lower-case bit set ("W" → "w"); only compared against ASCII letters. */
function lowerCodeAt(text: string, i: number): number {
  return text.charCodeAt(i) | 0x20;
}

/** The end of a link (`https?://` or `www.` plus at least one link character) starting at `from`, or -1. */
function linkEnd(text: string, from: number): number {
  let i: number;
  if (lowerCodeAt(text, from) === 0x77 /* w */) {
    if (lowerCodeAt(text, from + 1) !== 0x77 || lowerCodeAt(text, from + 2) !== 0x77 || text.charCodeAt(from + 3) !== 0x2e) return -1;
    i = from + 4;
  } else {
    if (lowerCodeAt(text, from + 1) !== 0x74 || lowerCodeAt(text, from + 2) !== 0x74 || lowerCodeAt(text, from + 3) !== 0x70) return -1;
    i = from + 4;
    const s = text.charCodeAt(i);
    if (s === 0x73 || s === 0x53 || s === 0x017f) i++;
    // No need to retry without the "s": "http" would then have to be followed by ":", not by "s".
    if (text.charCodeAt(i) !== 0x3a || text.charCodeAt(i + 1) !== 0x2f || text.charCodeAt(i + 2) !== 0x2f) return -1;
    i += 3;
  }
  const bodyStart = i;
  while (i < text.length && isLinkCharacter(text.charCodeAt(i))) i++;
  return i > bodyStart ? i : -1;
}

function isHandleCharacter(code: number): boolean {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  }
  return code === 0x017f || code === 0x212a; // ſ and K fold to s and k under the `iu` flags
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  // As the regex did (V8, `u` flag): a start inside a surrogate pair backs up to the whole character.
  if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const code = text.charCodeAt(i);
    let kind = KIND_NONE;
    let matchEnd = i;
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        if (lower === 0x68 /* h */ || lower === 0x77 /* w */) {
          matchEnd = linkEnd(text, i);
          if (matchEnd > i) kind = KIND_SKIPPED;
        }
        if (kind === KIND_NONE) {
          matchEnd = wordEnd(text, i);
          kind = KIND_WORD;
        }
      } else if (code >= 0x30 && code <= 0x39) {
        matchEnd = numberEnd(text, i);
        kind = KIND_NUMBER;
      } else if (code === 0x40 /* @ */) {
        matchEnd = i + 1;
        while (matchEnd < text.length && isHandleCharacter(text.charCodeAt(matchEnd))) matchEnd++;
        if (matchEnd > i + 1) kind = KIND_SKIPPED;
      }
    } else if (isDigit(code)) {
      matchEnd = numberEnd(text, i);
      kind = KIND_NUMBER;
    } else {
      matchEnd = wordEnd(text, i);
      if (matchEnd > i) kind = KIND_WORD;
    }
    if (kind === KIND_NONE) {
      i++;
      continue;
    }
    if (kind !== KIND_SKIPPED) {
      // A word straddling the range end is cut at the end, so tokens never leave the range they were asked for.
      const tokenEnd = matchEnd > end ? end : matchEnd;
      const hash = kind === KIND_WORD && tokenEnd === matchEnd ? scannedHash : hashWord(text, i, tokenEnd);
      tokens.push(makeToken(text, i, tokenEnd, hash, kind === KIND_NUMBER));
    }
    i = matchEnd;
  }
  return tokens;
}

function makeToken(text: string, start: number, end: number, hash: number, isNumber: boolean): Token {
  const forms = getWordForms(text, start, end, hash, isNumber);
  const first = text.charCodeAt(start);
  const isArabic = first >= 0x0600 && first <= 0x06ff;
  let capitalized = false;
  if (!isNumber && !isArabic) {
    // ASCII first letters decide at once; anything else asks the Unicode case mapping.
    capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : text[start] !== text[start]!.toLowerCase();
  }
  return {
    start,
    end,
    key: forms.key,
    keyNoConjunction: forms.keyNoConjunction,
    keyNoPrefix: forms.keyNoPrefix,
    isNumber,
    capitalized,
    isArabic,
    forms,
  };
}

/** Counts of word tokens (not numbers) — used for the minimum size of a claim. */
export function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const token of tokens) if (!token.isNumber) words++;
  return words;
}
