import { EVENT_VERBS, REPORTING_VERBS, SOURCE_NOUNS, SOURCE_PHRASES } from "./lexicons/reporting";
import { FIRST_PERSON, HEDGES, INFORMAL, OBLIGATION, OPINION, SECOND_PERSON, SUBJECTIVE, VAGUE } from "./lexicons/stance";
import { CAUSAL, COMPARISON, MEASURABLES, OFFICIAL_ACTS, PREDICTION, QUESTION_WORDS } from "./lexicons/claims-shape";
import { GIVEN_NAMES, KNOWN_PEOPLE, ORGANIZATION_HEADS, TITLES } from "./lexicons/names";
import { NATIONALITIES, PLACES } from "./lexicons/places";
import { DATE_MARKERS, MONTHS, NUMBER_WORDS, PERCENT_WORDS, RELATIVE_DATES } from "./lexicons/dates-numbers";
import { CORRELATIVE_OPENERS, FRAME_OPENERS, LEADING_CONNECTIVES, SPLIT_CONNECTIVES } from "./lexicons/connectives";
import { tokenize, type Token } from "./tokenize";
import type { ClaimLanguage } from "./types";

/**
 * One matcher for every lexicon: a claim's words are looked up once and every cue (attribution, hedge, title, month…)
 * comes out of the same pass, which keeps extraction fast on long articles.
 */
export type CueKind =
  | "sourcePhrase" | "reportingVerb" | "sourceNoun" | "eventVerb" | "hedge" | "opinion" | "subjective" | "firstPerson" | "secondPerson" | "obligation" | "vague"
  | "informal" | "prediction" | "causal" | "comparison" | "measurable" | "officialAct" | "question" | "title" | "orgHead"
  | "givenName" | "knownPerson" | "place" | "nationality" | "month" | "relativeDate" | "dateMarker" | "numberWord"
  | "percentWord" | "frameOpener" | "correlative" | "leadingConnective" | "splitConnective" | "freeSplitConnective";

/** A lexicon hit: tokens [first, last] (inclusive indices into the token array) matched an entry of `kind`. */
export interface CueMatch {
  kind: CueKind;
  first: number;
  last: number;
  value?: number;
  /** Letters of an Arabic prefix on the first word that the entry did not include («بالمغرب» for «المغرب»: 1). */
  prefixLetters: number;
}

interface Entry {
  kind: CueKind;
  rest: string[];
  value?: number;
}

type CompiledLexicon = Map<string, Entry[]>;

/**
 * An entry whose first word is one of a word's keys, and how many prefix letters that key leaves off the word's full
 * key. word-forms.ts keeps these per word and language, so a word is looked up in the lexicon once.
 */
export interface LexiconStart {
  entry: Entry;
  prefixLetters: number;
}

/** Most words start no lexicon entry; they all share this list. */
const NO_STARTS: readonly LexiconStart[] = [];

const LIST_LEXICONS: ReadonlyArray<[CueKind, Record<ClaimLanguage, readonly string[]>]> = [
  ["sourcePhrase", SOURCE_PHRASES], ["reportingVerb", REPORTING_VERBS], ["sourceNoun", SOURCE_NOUNS],
  ["eventVerb", EVENT_VERBS], ["hedge", HEDGES], ["opinion", OPINION],
  ["subjective", SUBJECTIVE], ["firstPerson", FIRST_PERSON], ["secondPerson", SECOND_PERSON], ["obligation", OBLIGATION], ["vague", VAGUE],
  ["informal", INFORMAL], ["prediction", PREDICTION], ["causal", CAUSAL], ["comparison", COMPARISON],
  ["measurable", MEASURABLES], ["officialAct", OFFICIAL_ACTS], ["question", QUESTION_WORDS], ["title", TITLES], ["orgHead", ORGANIZATION_HEADS],
  ["givenName", GIVEN_NAMES], ["knownPerson", KNOWN_PEOPLE], ["place", PLACES], ["nationality", NATIONALITIES],
  ["month", MONTHS], ["relativeDate", RELATIVE_DATES], ["dateMarker", DATE_MARKERS], ["percentWord", PERCENT_WORDS],
  ["frameOpener", FRAME_OPENERS], ["correlative", CORRELATIVE_OPENERS], ["leadingConnective", LEADING_CONNECTIVES],
];

const compiled = new Map<ClaimLanguage, CompiledLexicon>();

function addEntry(lexicon: CompiledLexicon, phrase: string, kind: CueKind, value?: number): void {
  const keys = tokenize(phrase).map((token) => token.key);
  const [first, ...rest] = keys;
  if (first === undefined) return;
  const entries = lexicon.get(first) ?? [];
  entries.push(value === undefined ? { kind, rest } : { kind, rest, value });
  lexicon.set(first, entries);
}

function compile(language: ClaimLanguage): CompiledLexicon {
  const lexicon: CompiledLexicon = new Map();
  for (const [kind, lists] of LIST_LEXICONS) for (const phrase of lists[language]) addEntry(lexicon, phrase, kind);
  for (const [word, value] of Object.entries(NUMBER_WORDS[language])) addEntry(lexicon, word, "numberWord", value);
  for (const { phrase, free } of SPLIT_CONNECTIVES[language]) {
    addEntry(lexicon, phrase, free ? "freeSplitConnective" : "splitConnective");
  }
  return lexicon;
}

export function getLexicon(language: ClaimLanguage): CompiledLexicon {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    lexicon = compile(language);
    compiled.set(language, lexicon);
  }
  return lexicon;
}

function tokenHasKey(token: Token, key: string): boolean {
  return token.key === key || token.keyNoConjunction === key || token.keyNoPrefix === key;
}

/** Adds the hits of the entries that start at token `index` and whose remaining words follow it. */
function collectAt(tokens: readonly Token[], index: number, starts: readonly LexiconStart[], out: CueMatch[]): void {
  for (let s = 0; s < starts.length; s++) {
    const { entry, prefixLetters } = starts[s]!;
    const rest = entry.rest;
    let last = index;
    let matched = true;
    for (let part = 0; part < rest.length; part++) {
      const next = tokens[last + 1];
      if (!next || !tokenHasKey(next, rest[part]!)) {
        matched = false;
        break;
      }
      last++;
    }
    if (!matched) continue;
    const match: CueMatch = { kind: entry.kind, first: index, last, prefixLetters };
    if (entry.value !== undefined) match.value = entry.value;
    out.push(match);
  }
}

function addStarts(found: LexiconStart[], lexicon: CompiledLexicon, fullKey: string, key: string): void {
  const entries = lexicon.get(key);
  if (!entries) return;
  for (const entry of entries) found.push({ entry, prefixLetters: fullKey.length - key.length });
}

/**
 * The lexicon entries a word can start, looked up by its key and then by its keys without Arabic prefixes
 * («وبالمغرب» → «المغرب»), in that order. Remembered with the word, so each distinct word is looked up once.
 */
function lexiconStarts(token: Token, language: ClaimLanguage, lexicon: CompiledLexicon): readonly LexiconStart[] {
  const forms = token.forms;
  const known = language === "ar" ? forms.startsAr : language === "fr" ? forms.startsFr : forms.startsEn;
  if (known !== undefined) return known;
  const found: LexiconStart[] = [];
  addStarts(found, lexicon, token.key, token.key);
  if (token.keyNoConjunction) addStarts(found, lexicon, token.key, token.keyNoConjunction);
  if (token.keyNoPrefix) addStarts(found, lexicon, token.key, token.keyNoPrefix);
  const starts = found.length === 0 ? NO_STARTS : found;
  if (language === "ar") forms.startsAr = starts;
  else if (language === "fr") forms.startsFr = starts;
  else forms.startsEn = starts;
  return starts;
}

/** The first cue of `kind` in `cues` (a loop, not `find` with a fresh closure: entity finders ask this per word). */
export function cueOfKind(cues: readonly CueMatch[] | undefined, kind: CueKind): CueMatch | undefined {
  if (cues === undefined) return undefined;
  for (let i = 0; i < cues.length; i++) if (cues[i]!.kind === kind) return cues[i];
  return undefined;
}

/** Every lexicon hit in `tokens`, in token order. A word may carry several cues («أول» is a comparison and a rank). */
export function findCues(tokens: readonly Token[], language: ClaimLanguage): CueMatch[] {
  const lexicon = getLexicon(language);
  const matches: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const starts = lexiconStarts(tokens[i]!, language, lexicon);
    if (starts.length === 0) continue;
    const before = matches.length;
    collectAt(tokens, i, starts, matches);
    if (matches.length - before > 1) dedupeFrom(matches, before);
  }
  return matches;
}

/**
 * The same cue can match through two keys of one word («بحسب» as «بحسب» and as «حسب»); keep one hit per kind and
 * range. Hits of one word are then ordered longest first, so the first hit of a kind is the fullest phrase
 * («حسب ما» before «حسب»). Only the hits of the current word are touched: this runs once per word.
 */
function dedupeFrom(matches: CueMatch[], from: number): void {
  const own = matches.splice(from);
  // Stable insertion sort, longest first (the same order as a stable Array.prototype.sort).
  for (let i = 1; i < own.length; i++) {
    const match = own[i]!;
    let j = i;
    for (; j > 0 && own[j - 1]!.last < match.last; j--) own[j] = own[j - 1]!;
    own[j] = match;
  }
  for (const match of own) {
    let seen = false;
    for (let k = from; k < matches.length && !seen; k++) seen = matches[k]!.kind === match.kind && matches[k]!.last === match.last;
    if (!seen) matches.push(match);
  }
}
