import { isLetterUnit } from "./char-classes";

/**
 * One pass over a claim's characters, shared by the scorer (character-level features) and the normaliser (cleaning):
 * reading every character costs about as much as everything else done per claim, so each claim is read once.
 *
 * The feature signals are cheap necessary conditions — the exact regex runs only when one holds, so results are the
 * regexes' own.
 */
export interface ClaimCharacters {
  /** The range scanned, [start, end) of the working text. */
  start: number;
  end: number;
  /** «, “ or " appears: a quotation may be there. */
  quoteMark: boolean;
  question: boolean;
  exclamation: boolean;
  hash: boolean;
  at: boolean;
  /** "://" or "www." (any case) appears: a link may be there. */
  maybeLink: boolean;
  /** A code unit that can start an emoji appears. */
  maybeEmoji: boolean;
  /** Offset from `start` of a letter typed four times in a row («شنووووو», "sooooo"), or -1: chat, not copy. */
  elongation: number;
  /** No invisible character, no white space but single spaces: cleaning changes nothing but the ends. */
  plain: boolean;
  /** How many of each quote mark (« » “ ” ") the range holds, by code unit; empty when none. */
  quotes: Map<number, number>;
}

// What cleaning does with each UTF-16 code unit (normalize-claim.ts), one table read per character.
export const KEEP = 0;
export const INVISIBLE = 1; // tatweel, zero-width and direction marks, soft hyphen, BOM: removed
export const SPACE = 2; // JavaScript's \s: runs collapse to one " "
export const QUOTE_MARK = 3; // kept, and counted
export const CHARACTER_ACTION = buildCharacterActions();

function buildCharacterActions(): Uint8Array {
  const actions = new Uint8Array(0x10000);
  for (const [from, to] of [
    [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f],
    [0x205f, 0x205f], [0x3000, 0x3000],
  ] as const) {
    actions.fill(SPACE, from, to + 1);
  }
  // Removed before spaces are collapsed, so U+FEFF (also \s) is removed, and "a \u200B b" becomes "a b".
  for (const [from, to] of [[0x0640, 0x0640], [0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0xfeff, 0xfeff], [0x00ad, 0x00ad]] as const) {
    actions.fill(INVISIBLE, from, to + 1);
  }
  for (const quote of "«»“”\"") actions[quote.charCodeAt(0)] = QUOTE_MARK;
  return actions;
}

// Which feature signal each code unit can start.
const QUOTE = 1;
const QUESTION = 2;
const EXCLAMATION = 3;
const HASH = 4;
const AT = 5;
const COLON = 6;
const DOT = 7;
const EMOJI_START = 8;
const CHARACTER_SIGNAL = buildCharacterSignals();

function buildCharacterSignals(): Uint8Array {
  const signals = new Uint8Array(0x10000);
  // Possible emoji starts first (U+00A9, U+00AE, U+203C–U+3299, lead surrogates of the emoji planes); the
  // punctuation below lies outside these ranges.
  signals[0x00a9] = EMOJI_START;
  signals[0x00ae] = EMOJI_START;
  signals.fill(EMOJI_START, 0x203c, 0x3299 + 1);
  signals.fill(EMOJI_START, 0xd83c, 0xd83e + 1);
  signals[0x22] = QUOTE;
  signals[0xab] = QUOTE;
  signals[0x201c] = QUOTE;
  signals[0x3f] = QUESTION;
  signals[0x061f] = QUESTION;
  signals[0x21] = EXCLAMATION;
  signals[0x23] = HASH;
  signals[0x40] = AT;
  signals[0x3a] = COLON;
  signals[0x2e] = DOT;
  return signals;
}

function isLowerW(code: number): boolean {
  return (code | 0x20) === 0x77;
}

export function scanClaimCharacters(text: string, start: number, end: number): ClaimCharacters {
  const found: ClaimCharacters = {
    start, end, quoteMark: false, question: false, exclamation: false, hash: false, at: false, maybeLink: false, maybeEmoji: false,
    elongation: -1, plain: true, quotes: new Map(),
  };
  let run = 1;
  let previous = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    run = code === previous ? run + 1 : 1;
    // The first letter typed a fourth time in a row; runs of anything else (".....") do not count.
    if (run === 4 && found.elongation < 0 && isLetterUnit(code)) found.elongation = i - start;
    const action = CHARACTER_ACTION[code]!;
    if (action !== KEEP) {
      if (action === QUOTE_MARK) found.quotes.set(code, (found.quotes.get(code) ?? 0) + 1);
      else if (action === INVISIBLE || code !== 0x20 || previous === 0x20) found.plain = false;
    }
    previous = code;
    const signal = CHARACTER_SIGNAL[code]!;
    if (signal === 0) continue;
    if (signal === QUOTE) found.quoteMark = true;
    else if (signal === QUESTION) found.question = true;
    else if (signal === EXCLAMATION) found.exclamation = true;
    else if (signal === HASH) found.hash = true;
    else if (signal === AT) found.at = true;
    else if (signal === EMOJI_START) found.maybeEmoji = true;
    else if (signal === COLON) {
      if (i + 2 < end && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) found.maybeLink = true;
    } else if (i - 3 >= start && isLowerW(text.charCodeAt(i - 1)) && isLowerW(text.charCodeAt(i - 2)) && isLowerW(text.charCodeAt(i - 3))) {
      found.maybeLink = true; // "www."
    }
  }
  return found;
}
