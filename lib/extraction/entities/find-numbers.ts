import { cueOfKind, type CueMatch } from "../cues";
import { WEAK_NUMBER_WORDS } from "../lexicons/dates-numbers";
import { toMatchKey } from "../text-keys";
import type { Token } from "../tokenize";
import type { ClaimLanguage } from "../types";
import { combineNumberWords, parseDigits } from "./parse-number";

/** A NUMBER or DATE candidate in token terms; find-entities.ts turns these into character spans. */
export interface NumericCandidate {
  kind: "NUMBER" | "DATE";
  start: number;
  end: number;
  value?: number;
  isPercent?: boolean;
}

const WEAK_KEYS = new Set([...WEAK_NUMBER_WORDS].map(toMatchKey));
const PERCENT_SIGN = /^\s*[%\u066A\u2030]/;
const FOUR_CHARACTERS = /^\S{4}$/;
const THREE_DIGITS_OR_FEWER = /^\d{1,3}$/;
const GROUP_SPACES = /[ \u00A0\u202F]/g;
const DATE_GAP = /^[\s,]*$/;
const NUMBER_WORD_GAP = /^[\s\-]*$/;
const NAME_NUMBER_GAP = /^[\s\-_]*$/;
const FRENCH_GROUP_GAP = /^[ \u00A0\u202F]$/;

function cueAt(cuesAt: readonly (CueMatch[] | undefined)[], i: number, kind: CueMatch["kind"]): CueMatch | undefined {
  return cueOfKind(cuesAt[i], kind);
}

function isYear(value: number, token: string): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && FOUR_CHARACTERS.test(token);
}

/**
 * Numbers (digits, digit + scale word, number words) and dates (years, day + month, month + year, relative dates).
 * `cuesAt[i]` lists the cues starting at token i.
 */
export function findNumbersAndDates(
  text: string,
  tokens: readonly Token[],
  cuesAt: readonly (CueMatch[] | undefined)[],
  language: ClaimLanguage,
): NumericCandidate[] {
  const found: NumericCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (cuesAt[i] === undefined && !token.isNumber) continue; // no date, number or number word starts here
    const month = cueAt(cuesAt, i, "month");
    if (month && (language !== "en" || isCapitalizedAt(text, token))) {
      found.push(monthDate(text, tokens, cuesAt, i, month.last));
      continue;
    }
    const relative = cueAt(cuesAt, i, "relativeDate");
    if (relative) {
      found.push({ kind: "DATE", start: token.start, end: tokens[relative.last]!.end });
      i = relative.last;
      continue;
    }
    if (token.isNumber) {
      i = readDigitNumber(text, tokens, cuesAt, i, language, found);
      continue;
    }
    const word = cueAt(cuesAt, i, "numberWord");
    if (word) i = readNumberWords(text, tokens, cuesAt, i, language, found);
  }
  return found;
}

function isCapitalizedAt(text: string, token: Token): boolean {
  const first = text[token.start]!;
  return first !== first.toLowerCase();
}

/** «14 أبريل», "April 14, 2015", «avril 2015»: the month plus the day and year written next to it. */
function monthDate(
  text: string,
  tokens: readonly Token[],
  cuesAt: readonly (CueMatch[] | undefined)[],
  monthFirst: number,
  monthLast: number,
): NumericCandidate {
  let start = tokens[monthFirst]!.start;
  let end = tokens[monthLast]!.end;
  const before = tokens[monthFirst - 1];
  if (before?.isNumber && before.key.length <= 2) {
    start = before.start;
    const marker = tokens[monthFirst - 2];
    if (marker && cueAt(cuesAt, monthFirst - 2, "dateMarker") !== undefined && marker.isArabic) start = marker.start;
  }
  let next = monthLast + 1;
  for (let taken = 0; taken < 2 && tokens[next]?.isNumber && DATE_GAP.test(text.slice(end, tokens[next]!.start)); taken++) {
    end = tokens[next]!.end;
    next++;
  }
  return { kind: "DATE", start, end };
}

function readDigitNumber(
  text: string,
  tokens: readonly Token[],
  cuesAt: readonly (CueMatch[] | undefined)[],
  i: number,
  language: ClaimLanguage,
  found: NumericCandidate[],
): number {
  const token = tokens[i]!;
  if (isPartOfName(text, tokens, i)) return i;
  let digits = text.slice(token.start, token.end);
  let last = i;
  // French and English group thousands with a space: "12 000".
  while (language !== "ar" && THREE_DIGITS_OR_FEWER.test(digits.slice(-3)) && tokens[last + 1]?.isNumber) {
    const next = tokens[last + 1]!;
    const gap = text.slice(tokens[last]!.end, next.start);
    if (!FRENCH_GROUP_GAP.test(gap) || next.end - next.start !== 3 || digits.length > 11) break;
    digits += text.slice(next.start, next.end);
    last++;
  }
  let value = parseDigits(digits.replace(GROUP_SPACES, ""), language);
  let end = tokens[last]!.end;
  const marker = tokens[i - 1];
  const hasDateMarker = marker !== undefined && cueAt(cuesAt, i - 1, "dateMarker") !== undefined;
  if (last === i && isYear(value, digits)) {
    const start = hasDateMarker && marker!.isArabic ? marker!.start : token.start;
    found.push({ kind: "DATE", start, end });
    return last;
  }
  const scale = cuesAt[last + 1]?.find((cue) => cue.kind === "numberWord" && (cue.value ?? 0) >= 1000);
  if (scale) {
    value *= scale.value!;
    last = scale.last;
    end = tokens[last]!.end;
  }
  const percentWord = cueAt(cuesAt, last + 1, "percentWord");
  let isPercent = false;
  const sign = PERCENT_SIGN.exec(text.slice(end, end + 3));
  if (sign) {
    end += sign[0].length;
    isPercent = true;
  } else if (percentWord) {
    last = percentWord.last;
    end = tokens[last]!.end;
    isPercent = true;
  }
  if (Number.isFinite(value)) found.push({ kind: "NUMBER", start: token.start, end, value, isPercent });
  return last;
}

const LETTER = /\p{L}/u;
/** Names that carry a number are not quantities: COVID-19, «كوفيد 19», AZD1222, G20, F-16. */
const NUMBERED_NAMES = new Set(["covid", "كوفيد", "sars", "mers", "g", "f", "mig", "boeing", "airbus", "a"]);

/** «و35», «بـ12»: an Arabic conjunction or preposition glued to a number is not a name like "AZD1222". */
const GLUED_PARTICLE = /(?:^|[^\p{L}])[\u0648\u0628\u0644\u0641\u0643]\u0640*$/u;

function isPartOfName(text: string, tokens: readonly Token[], i: number): boolean {
  const start = tokens[i]!.start;
  const before = text[start - 1] ?? "";
  if (LETTER.test(before)) return !GLUED_PARTICLE.test(text.slice(Math.max(0, start - 4), start));
  if ((before === "-" || before === "_") && LETTER.test(text[start - 2] ?? "")) return true;
  const previous = tokens[i - 1];
  return previous !== undefined && NUMBERED_NAMES.has(previous.key) && NAME_NUMBER_GAP.test(text.slice(previous.end, start));
}

/** "the two countries", «les deux pays»: a definite "two" means "both", not a count worth checking. */
const DEFINITE_DETERMINERS = new Set(["the", "these", "those", "our", "their", "les", "ces", "nos", "vos", "leurs"]);

function isDefiniteCount(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && DEFINITE_DETERMINERS.has(previous.key) && (tokens[i]!.key === "two" || tokens[i]!.key === "deux");
}

function readNumberWords(
  text: string,
  tokens: readonly Token[],
  cuesAt: readonly (CueMatch[] | undefined)[],
  i: number,
  language: ClaimLanguage,
  found: NumericCandidate[],
): number {
  const values: number[] = [];
  let last = i;
  let j = i;
  let weakOnly = true;
  for (let cue = cueAt(cuesAt, j, "numberWord"); cue !== undefined; cue = cueAt(cuesAt, j, "numberWord")) {
    // Number words must follow each other directly (a space or a hyphen: «quatre-vingt-dix»).
    if (j > i && !NUMBER_WORD_GAP.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
    values.push(cue.value!);
    const token = tokens[j]!;
    const weak = WEAK_KEYS.has(token.key) || WEAK_KEYS.has(token.keyNoConjunction) || WEAK_KEYS.has(token.keyNoPrefix);
    if (!weak) weakOnly = false;
    last = cue.last;
    j = last + 1;
    // "twenty and one", «vingt et un»: a connector word between number words keeps the run going.
    const connector = tokens[j];
    if (connector && (connector.key === "and" || connector.key === "et") && cueAt(cuesAt, j + 1, "numberWord")) j++;
  }
  if (weakOnly || isDefiniteCount(tokens, i)) return last;
  const value = combineNumberWords(values, language);
  let end = tokens[last]!.end;
  let isPercent = false;
  const percentWord = cueAt(cuesAt, last + 1, "percentWord");
  if (percentWord) {
    last = percentWord.last;
    end = tokens[last]!.end;
    isPercent = true;
  }
  found.push({ kind: "NUMBER", start: tokens[i]!.start, end, value, isPercent });
  return last;
}
