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

const INVISIBLE = /[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
const SPACES = /\s+/g;
const TRAILING = /[\s.,;:\u060C\u061B\u06D4]+$/;
const LEADING = /^[\s.,;:\u060C\u061B\-–—•·*)\]]+/;

/**
 * Arabic writes «و»/«ف» glued to the next word. It is only removed when what remains is clearly a word of its own:
 * a definite noun («والحكومة»), an imperfect verb («ويؤكد»), or a word the lexicons know — never from «وزير».
 */
const GLUED_CONJUNCTION_OK = new Set(
  ["هو", "هي", "هم", "هذا", "هذه", "ظل", "ظلت", "كان", "كانت", "قد", "لم", "لن", "لا", "ما", "من", "في", "على", "إلى", "أن", "إن", "بعد", "قبل", "مع", "عن"].map(toMatchKey),
);

export function normalizeClaim(
  text: string,
  start: number,
  end: number,
  tokens: readonly Token[],
  cues: readonly CueMatch[],
  language: ClaimLanguage,
): string {
  let from = start;
  let firstToken = 0;
  // Remove leading connective words, repeatedly («و كما أن …»).
  for (let guard = 0; guard < 4 && firstToken < tokens.length; guard++) {
    const connective = cues.find((cue) => cue.kind === "leadingConnective" && cue.first === firstToken && cue.prefixLetters === 0);
    if (!connective || connective.last + 1 >= tokens.length) break;
    firstToken = connective.last + 1;
    from = tokens[firstToken]!.start;
  }
  const first = tokens[firstToken];
  let prefix = "";
  let body = text.slice(from, end);
  if (first && language === "ar" && first.start === from && dropsGluedConjunction(first, cues, firstToken)) {
    body = body.slice(prefixLengthInWord(body, 1));
  } else if (first && language !== "ar" && firstToken > 0) {
    // "while the rate fell" → "The rate fell": the claim now starts a sentence.
    const offset = first.start - from;
    prefix = body.slice(0, offset);
    body = body.slice(offset, offset + 1).toUpperCase() + body.slice(offset + 1);
  }
  let normalized = (prefix + body).replace(INVISIBLE, "").replace(SPACES, " ").replace(LEADING, "").replace(TRAILING, "");
  normalized = dropUnbalancedEdgeQuote(normalized);
  return shorten(normalized);
}

function dropsGluedConjunction(token: Token, cues: readonly CueMatch[], index: number): boolean {
  const rest = token.keyNoConjunction;
  if (!rest) return false;
  if (rest.startsWith("ال") || /^[يتن]/.test(rest) || GLUED_CONJUNCTION_OK.has(rest)) return true;
  // Known without the conjunction: «وقال» → «قال», «وأكد» → «أكد».
  return cues.some((cue) => cue.first === index && cue.prefixLetters === 1);
}

const ANY_QUOTE = /[«»“”"]/;
const QUOTE_PAIRS: ReadonlyArray<[string, string]> = [["«", "»"], ["“", "”"], ['"', '"']];

/** A clause cut from a quoted sentence can start or end with half a pair of quotes; drop the orphan. */
function dropUnbalancedEdgeQuote(value: string): string {
  if (!ANY_QUOTE.test(value)) return value;
  let result = value;
  for (const [open, close] of QUOTE_PAIRS) {
    const opens = result.split(open).length - 1;
    const closes = open === close ? 0 : result.split(close).length - 1;
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
