import { toMatchKey, stripArabicPrefixes } from "./text-keys";

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
}

const DIGIT = "0-9\\u0660-\\u0669\\u06F0-\\u06F9";
// Links and @handles are matched so they can be skipped: "t.co/x7Yb2" is not the number 7. Numbers keep their inner
// separators (3.5, 1,000, ٣٫٥) so "3.5" is one token; letters and combining marks make words.
const TOKEN_PATTERN = new RegExp(
  `(?:https?://|www\\.)[^\\s"'<>«»]+|@[A-Za-z0-9_]+|[${DIGIT}]+(?:[.,\\u066B\\u066C][${DIGIT}]+)*|[\\p{L}\\p{M}]+`,
  "giu",
);
const FIRST_DIGIT = new RegExp(`^[${DIGIT}]`);

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  // One shared pattern: tokenize is synchronous and never re-entered, and compiling a regex per call shows in profiles.
  const pattern = TOKEN_PATTERN;
  pattern.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const tokenStart = match.index;
    const word = match[0];
    const tokenEnd = tokenStart + word.length;
    if (tokenStart >= end) break;
    const first = word.charCodeAt(0);
    if (first === 64 /* @ */ || ((first === 104 || first === 72 || first === 119 || first === 87) && /^(?:https?:|www\.)/i.test(word))) continue;
    if (tokenEnd > end) {
      // A word straddling the range end is cut at the end, so tokens never leave the range they were asked for.
      if (tokenStart < end) tokens.push(makeToken(text.slice(tokenStart, end), tokenStart));
      break;
    }
    tokens.push(makeToken(word, tokenStart));
  }
  return tokens;
}

// Keys of recently seen Arabic words: folding and prefix stripping are the costliest part of tokenizing, and an
// article repeats its vocabulary. Bounded so a long run does not grow memory.
const ARABIC_KEYS = new Map<string, readonly [string, string, string]>();
const ARABIC_KEYS_LIMIT = 50_000;

function getArabicKeys(word: string): readonly [string, string, string] {
  let keys = ARABIC_KEYS.get(word);
  if (keys === undefined) {
    const key = toMatchKey(word);
    keys = [key, ...stripArabicPrefixes(key)];
    if (ARABIC_KEYS.size >= ARABIC_KEYS_LIMIT) ARABIC_KEYS.clear();
    ARABIC_KEYS.set(word, keys);
  }
  return keys;
}

function makeToken(word: string, start: number): Token {
  const first = word.charCodeAt(0);
  const isNumber = first <= 0x39 ? first >= 0x30 : FIRST_DIGIT.test(word);
  const isArabic = first >= 0x0600 && first <= 0x06ff;
  const [key, keyNoConjunction, keyNoPrefix] = isArabic && !isNumber ? getArabicKeys(word) : [toMatchKey(word), "", ""];
  return {
    start,
    end: start + word.length,
    key,
    keyNoConjunction,
    keyNoPrefix,
    isNumber,
    capitalized: !isNumber && !isArabic && word[0] !== word[0]!.toLowerCase(),
    isArabic,
  };
}

/** Counts of word tokens (not numbers) — used for the minimum size of a claim. */
export function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const token of tokens) if (!token.isNumber) words++;
  return words;
}
