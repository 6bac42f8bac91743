import { CHARACTER_ACTION, INVISIBLE, KEEP, QUOTE_MARK, type ClaimCharacters } from "./claim-characters";
import type { CueMatch } from "./cues";
import { toMatchKey, prefixLengthInWord } from "./text-keys";
import type { Token } from "./tokenize";
import type { ClaimLanguage } from "./types";

/**
 * The claim as the review queue and ClaimReview's `claimReviewed` show it: leading connectives removed («و», «كما»,
 * «حيث», "and", "et"), invisible characters and tatweel removed, spaces collapsed, trailing comma or full stop
 * dropped, and cut to MAX_NORMALIZED_LENGTH at a word boundary.
 */
export const MAX_NORMALIZED_LENGTH = 280;

const TRAILING = /[\s.,;:\u060C\u061B\u06D4]+$/;
const GLUED_IMPERFECT = /^[يتن]/;

/**
 * Arabic writes «و»/«ف» glued to the next word. It is only removed when what remains is clearly a word of its own:
 * a definite noun («والحكومة»), an imperfect verb («ويؤكد»), or a word the lexicons know — never from «وزير».
 */
const GLUED_CONJUNCTION_OK = new Set(
  ["هو", "هي", "هم", "هذا", "هذه", "ظل", "ظلت", "كان", "كانت", "قد", "لم", "لن", "لا", "ما", "من", "في", "على", "إلى", "أن", "إن", "بعد", "قبل", "مع", "عن"].map(toMatchKey),
);

/** What may precede the claim's first word once spaces are collapsed: `. , ; : ، ؛ - – — • · * ) ]` and space. */
function isLeadingJunk(code: number): boolean {
  return (
    code === 0x20 || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x060c || code === 0x061b ||
    code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2022 || code === 0xb7 || code === 0x2a || code === 0x29 || code === 0x5d
  );
}

/** What may follow the claim's last word once spaces are collapsed: `. , ; : ، ؛ ۔` and space. */
function isTrailingJunk(code: number): boolean {
  return code === 0x20 || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a || code === 0x060c || code === 0x061b || code === 0x06d4;
}

/** `value[from, to)` without leading and trailing junk. */
function trimJunk(value: string, from: number, to: number): string {
  while (from < to && isLeadingJunk(value.charCodeAt(from))) from++;
  while (to > from && isTrailingJunk(value.charCodeAt(to - 1))) to--;
  return value.slice(from, to);
}

/**
 * `source[start, end)` with invisible characters removed, every run of white space collapsed to one space, then
 * leading and trailing junk trimmed — one pass rather than four regex replacements, since it runs on every claim.
 * Reads the source in place: most claims need no change but the trim, and then no intermediate string is built.
 * Counts the quote marks on the way into `quotes` (code unit → count): cleaning neither adds nor removes any.
 */
function cleanClaimText(source: string, start: number, end: number, quotes: Map<number, number>): string {
  let out = "";
  let copiedFrom = start;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    const action = CHARACTER_ACTION[code]!;
    if (action === KEEP) {
      inSpace = false;
    } else if (action === QUOTE_MARK) {
      inSpace = false;
      quotes.set(code, (quotes.get(code) ?? 0) + 1);
    } else if (action === INVISIBLE) {
      out += source.slice(copiedFrom, i);
      copiedFrom = i + 1;
    } else {
      if (inSpace || code !== 0x20) {
        out += inSpace ? source.slice(copiedFrom, i) : source.slice(copiedFrom, i) + " ";
        copiedFrom = i + 1;
      }
      inSpace = true;
    }
  }
  if (copiedFrom === start) return trimJunk(source, start, end);
  out += source.slice(copiedFrom, end);
  return trimJunk(out, 0, out.length);
}

/**
 * cleanClaimText over [from, end), or — when the claim's character scan says its text is plain — only the trim, with
 * the quote counts taken from the scan (less the marks before `from`).
 */
function cleanRange(text: string, from: number, end: number, quotes: Map<number, number>, characters: ClaimCharacters | undefined): string {
  if (characters === undefined || !characters.plain || from < characters.start || end !== characters.end) {
    return cleanClaimText(text, from, end, quotes);
  }
  for (const [mark, count] of characters.quotes) quotes.set(mark, count);
  if (quotes.size > 0) {
    for (let i = characters.start; i < from; i++) {
      const code = text.charCodeAt(i);
      if (CHARACTER_ACTION[code] === QUOTE_MARK) quotes.set(code, quotes.get(code)! - 1);
    }
    for (const [mark, count] of quotes) if (count === 0) quotes.delete(mark);
  }
  return trimJunk(text, from, end);
}

export function normalizeClaim(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  cues: readonly CueMatch[],
  language: ClaimLanguage,
  characters?: ClaimCharacters,
): string {
  let from = start;
  let firstToken = 0;
  // Remove leading connective words, repeatedly («و كما أن …»).
  for (let guard = 0; guard < 4 && firstToken < tokens.length; guard++) {
    const connective = leadingConnectiveAt(cues, firstToken);
    if (!connective || connective.last + 1 >= tokens.length) break;
    firstToken = connective.last + 1;
    from = tokens[firstToken]!.start;
  }
  const first = tokens[firstToken];
  const quotes = new Map<number, number>();
  let cleaned: string;
  if (first && language === "ar" && first.start === from && dropsGluedConjunction(first, cues, firstToken)) {
    cleaned = cleanRange(text, from + prefixLengthInWord(text.slice(from, end), 1), end, quotes, characters);
  } else if (first && language !== "ar" && firstToken > 0) {
    // "while the rate fell" → "The rate fell": the claim now starts a sentence.
    const offset = first.start - from;
    const body = text.slice(from, end);
    const capitalized = body.slice(0, offset) + body.slice(offset, offset + 1).toUpperCase() + body.slice(offset + 1);
    cleaned = cleanClaimText(capitalized, 0, capitalized.length, quotes);
  } else {
    cleaned = cleanRange(text, from, end, quotes, characters);
  }
  return shorten(quotes.size === 0 ? cleaned : dropUnbalancedEdgeQuote(cleaned, quotes));
}

function leadingConnectiveAt(cues: readonly CueMatch[], index: number): CueMatch | undefined {
  for (const cue of cues) if (cue.kind === "leadingConnective" && cue.first === index && cue.prefixLetters === 0) return cue;
  return undefined;
}

function dropsGluedConjunction(token: Token, cues: readonly CueMatch[], index: number): boolean {
  const rest = token.keyNoConjunction;
  if (!rest) return false;
  if (rest.startsWith("ال") || GLUED_IMPERFECT.test(rest) || GLUED_CONJUNCTION_OK.has(rest)) return true;
  // Known without the conjunction: «وقال» → «قال», «وأكد» → «أكد».
  return cues.some((cue) => cue.first === index && cue.prefixLetters === 1);
}

const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [["«", "»"], ["“", "”"], ['"', '"']];

/**
 * A clause cut from a quoted sentence can start or end with half a pair of quotes; drop the orphan. `quotes` counts
 * each quote mark in `value`; dropping a mark of one pair never changes the counts of another.
 */
function dropUnbalancedEdgeQuote(value: string, quotes: ReadonlyMap<number, number>): string {
  let result = value;
  for (const [open, close] of QUOTE_PAIRS) {
    const opens = quotes.get(open.charCodeAt(0)) ?? 0;
    const closes = open === close ? 0 : (quotes.get(close.charCodeAt(0)) ?? 0);
    const unbalanced = open === close ? opens % 2 === 1 : opens !== closes;
    if (!unbalanced) continue;
    if (result.startsWith(open) && (open === close || opens > closes)) result = result.slice(1).trimStart();
    else if (result.endsWith(close) && (open === close || closes > opens)) result = result.slice(0, -1).trimEnd();
  }
  return result;
}

function shorten(value: string): string {
  if (value.length <= MAX_NORMALIZED_LENGTH) return value;
  let cut = value.lastIndexOf(" ", MAX_NORMALIZED_LENGTH - 1);
  if (cut < MAX_NORMALIZED_LENGTH / 2) cut = MAX_NORMALIZED_LENGTH - 1;
  // Do not leave half a surrogate pair at the cut.
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return value.slice(0, cut).replace(TRAILING, "") + "…";
}
