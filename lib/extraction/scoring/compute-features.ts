import type { CueKind, CueMatch } from "../cues";
import type { FoundEntity } from "../entities/find-entities";
import { isWhiteSpaceUnit } from "../char-classes";
import { scanClaimCharacters, type ClaimCharacters } from "../claim-characters";
import { toMatchKey } from "../text-keys";
import type { Token } from "../tokenize";
import type { ClaimLanguage } from "../types";
import type { FeatureName, FeatureVector } from "./feature-names";
import { F, FeatureSet } from "./feature-set";

/** What the scorer knows about one claim: its words, lexicon cues and entities. */
export interface ClaimEvidence {
  /** The working text (same offsets as the article). */
  text: string;
  start: number;
  end: number;
  tokens: readonly Token[];
  cues: readonly CueMatch[];
  entities: readonly FoundEntity[];
  language: ClaimLanguage;
  /** scanClaimCharacters(text, start, end), when the caller already has it. */
  characters?: ClaimCharacters;
}

export const SHORT_CLAIM_WORDS = 6;
export const LONG_CLAIM_WORDS = 30;

/** Cues that become a feature of the same meaning, with the cue's words as evidence. */
const CUE_FEATURES = new Map<CueKind, number>(
  ([
    ["title", "title"], ["eventVerb", "eventVerb"], ["comparison", "comparison"], ["causal", "causal"],
    ["measurable", "measurable"], ["officialAct", "officialAct"], ["hedge", "hedge"], ["opinion", "opinion"],
    ["subjective", "subjective"], ["firstPerson", "firstPerson"], ["secondPerson", "secondPerson"],
    ["obligation", "obligation"], ["vague", "vague"], ["informal", "informal"], ["prediction", "prediction"],
    ["percentWord", "percent"], ["nationality", "place"],
  ] as const satisfies ReadonlyArray<readonly [CueKind, FeatureName]>).map(([kind, feature]) => [kind, F[feature]]),
);

const QUOTED_WORDS = /[«“"]([^«»“”"]{12,400})[»”"]/;
const HASHTAG = /#[\p{L}\p{N}_]/u;
const LINK = /https?:\/\/|www\./i;
const MENTION = /(^|\s)@[A-Za-z0-9_]/;
const EMOJI = /\p{Extended_Pictographic}/u;
const WORD_SPLIT = /\s+/;
const CLAUSE_PUNCTUATION = /[.,،؛;:!?؟]/;
const SENTENCE_PUNCTUATION = /[.!?؟]/;
const FRENCH_PARTICIPLE = /^[a-zà-ÿ]{2,}(?:é|ée|és|ées)$/;
const LETTER = /\p{L}/u;

function wordAround(body: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && LETTER.test(body[start - 1]!)) start--;
  while (end < body.length && LETTER.test(body[end]!)) end++;
  return body.slice(start, end);
}

/**
 * Arabic future tense is a prefix: «سيلتقي» = "will meet". Words that merely start with the same letters are nouns
 * («سياسة», «سيارة», «سنة») and are listed so they are not read as forecasts.
 */
const FUTURE_PREFIX = /^س[يتن][\u0621-\u064A]{3,}$/;
const NOT_FUTURE = new Set(
  [
    "سياسة", "سياسي", "سياسية", "سياسات", "سياسيين", "سيارة", "سيارات", "سيطرة", "سيدة", "سيادة", "سيناريو", "ستار",
    "سنوات", "سنوية", "سنويا", "ستين", "سيول", "سيناء", "سينما", "سياحة", "سياحي", "سياحية", "سياق", "سياقات",
    "سياج", "سيرة", "سيدات", "ستون", "سنغافورة", "سيئة", "سيئ", "سيف", "سنتيمتر", "ستوديو", "سيبيريا", "سنتين",
    "سنتان", "سينوفارم", "سينوفاك", "سيمنز", "سيسكو", "ستيلا", "سينوا", "سيجارة", "ستراتيجية", "سيولة", "سيرفر",
  ].map(toMatchKey),
);

function words(text: string, tokens: readonly Token[], first: number, last: number): string {
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}

/** The claim's features as a FeatureVector, keys in the order they were found. */
export function computeFeatures(claim: ClaimEvidence): FeatureVector {
  return computeFeatureSet(claim).toVector();
}

export function computeFeatureSet(claim: ClaimEvidence): FeatureSet {
  const { text, start, end, tokens, cues, entities, language } = claim;
  const features = new FeatureSet();

  let numbers = 0;
  for (const entity of entities) {
    const shown = text.slice(entity.start, entity.end);
    if (entity.kind === "NUMBER" && ++numbers === 2) features.add(F.severalNumbers, shown);
    if (entity.kind === "NUMBER") features.add(entity.isPercent ? F.percent : F.number, shown);
    else if (entity.kind === "DATE") features.add(F.date, shown);
    else if (entity.kind === "PERSON") features.add(F.person, shown);
    else if (entity.kind === "ORGANIZATION") features.add(F.organization, shown);
    else features.add(F.place, shown);
  }

  for (const cue of cues) {
    if (cue.kind === "sourcePhrase") {
      if (!features.has(F.attribution)) features.add(F.attribution, attributionEvidence(text, tokens, cue));
    } else if (cue.kind === "question") {
      if (startsClaim(cue, language)) features.add(F.question, words(text, tokens, cue.first, cue.last));
    } else {
      const feature = CUE_FEATURES.get(cue.kind);
      if (feature !== undefined && !features.has(feature)) features.add(feature, words(text, tokens, cue.first, cue.last));
    }
  }

  if (!features.has(F.attribution)) {
    const verb = cues.find((cue) => cue.kind === "reportingVerb");
    const namesSpeaker =
      features.has(F.person) || features.has(F.organization) || cues.some((cue) => cue.kind === "sourceNoun" || cue.kind === "title");
    if (verb && namesSpeaker) features.add(F.attribution, attributionEvidence(text, tokens, verb));
  }
  const source = headlineSource(text, tokens, cues, language);
  if (source && !features.has(F.attribution)) features.add(F.attribution, source);
  if (language !== "ar") {
    const past = firstPastParticiple(tokens, language);
    if (past) features.add(F.pastTense, text.slice(past.start, past.end));
  }

  if (language === "ar" && !features.has(F.prediction)) {
    const future = firstArabicFuture(tokens);
    if (future) features.add(F.prediction, text.slice(future.start, future.end));
  }

  // Character-level signals: one pass over the claim, then each exact regex only where that pass says it can match.
  const body = text.slice(start, end);
  const signals = claim.characters ?? scanClaimCharacters(text, start, end);
  if (signals.quoteMark) {
    const quoted = QUOTED_WORDS.exec(body);
    if (quoted && quoted[1]!.trim().split(WORD_SPLIT).length >= 3) features.add(F.quote, shorten(quoted[1]!.trim()));
  }
  if (signals.question) features.add(F.question, "?");
  if (!features.has(F.informal) && signals.elongation >= 0) features.add(F.informal, wordAround(body, signals.elongation));
  if (signals.exclamation) features.add(F.exclamation, "!");
  if (signals.hash && HASHTAG.test(body)) features.add(F.hashtag);
  if (signals.maybeLink && LINK.test(body)) features.add(F.link);
  if (signals.at && MENTION.test(body)) features.add(F.mention);
  if (signals.maybeEmoji && EMOJI.test(body)) features.add(F.emoji);

  let wordCount = 0;
  for (const token of tokens) if (!token.isNumber) wordCount++;
  const shownCount = String(wordCount);
  if (wordCount < SHORT_CLAIM_WORDS) features.add(F.short, shownCount);
  if (wordCount > LONG_CLAIM_WORDS) features.add(F.long, shownCount);
  // Graded length in [0, 1]: longer statements carry more checkable detail, up to a point.
  features.put(F.length, { value: Math.min(wordCount, LONG_CLAIM_WORDS) / LONG_CLAIM_WORDS, evidence: shownCount });
  return features;
}

/**
 * News headlines attribute with a colon: «الصحة الروسية: إنتاج أول لقاح …», "Police: two arrested". A short lead-in
 * (one to four words) ending in a colon, followed by a statement, is the source.
 */
function headlineSource(text: string, tokens: readonly Token[], cues: readonly CueMatch[], language: ClaimLanguage): string | undefined {
  for (let i = 0; i < Math.min(4, tokens.length - 3); i++) {
    if (!hasColonBetween(text, tokens[i]!.end, tokens[i + 1]!.start)) continue;
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (SENTENCE_PUNCTUATION.test(gap)) return undefined;
    const lead = tokens.slice(0, i + 1);
    if (!lead.every((token) => token.isArabic || token.capitalized || token.isNumber)) return undefined;
    // In French and English a lead-in is as often a topic ("Sécurité :") as a source; require a speaker-like word.
    const speaker = cues.some((cue) => cue.last <= i && SPEAKER_CUES.has(cue.kind));
    if (language !== "ar" && !speaker) return undefined;
    return text.slice(tokens[0]!.start, tokens[i]!.end);
  }
  return undefined;
}

function hasColonBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3a) return true;
  return false;
}

const SPEAKER_CUES: ReadonlySet<CueKind> = new Set(["title", "orgHead", "sourceNoun", "knownPerson", "givenName"]);

const NOT_PAST = new Set(["need", "needed", "indeed", "speed", "united", "red", "bed", "feed", "seed", "proceed", "succeed", "concerned", "interested", "supposed", "used", "based", "called", "tired", "married", "prepared", "related", "dedicated", "committed", "determined", "educated", "talented", "qualified", "limited", "advanced"]);

const FRENCH_AUXILIARIES = new Set(["a", "ont", "avait", "avaient", "est", "sont", "été", "ai", "avons"]);

/**
 * "voted", "cut taxes by": English regular past tense. French needs its auxiliary («a voté», «ont été formés»):
 * many French nouns end in «-é» too («sécurité»).
 */
function isPastParticiple(tokens: readonly Token[], i: number, language: ClaimLanguage): boolean {
  const token = tokens[i]!;
  if (token.isNumber || token.isArabic) return false;
  if (language === "en") return token.key.length >= 5 && token.key.endsWith("ed") && !NOT_PAST.has(token.key);
  // A participle ends in «é», «ée», «és» or «ées»: check the last letter before the auxiliary and the pattern.
  const last = token.key.charCodeAt(token.key.length - 1);
  if (last !== 0xe9 /* é */ && last !== 0x65 /* e */ && last !== 0x73 /* s */) return false;
  const previous = tokens[i - 1];
  return previous !== undefined && FRENCH_AUXILIARIES.has(previous.key) && FRENCH_PARTICIPLE.test(token.key);
}

function firstPastParticiple(tokens: readonly Token[], language: ClaimLanguage): Token | undefined {
  for (let i = 0; i < tokens.length; i++) if (isPastParticiple(tokens, i, language)) return tokens[i];
  return undefined;
}

function firstArabicFuture(tokens: readonly Token[]): Token | undefined {
  for (const token of tokens) if (isArabicFuture(token)) return token;
  return undefined;
}

/** Questions are recognised by their opening word (Arabic allows one word before it: «ف هل», «و لماذا»). */
function startsClaim(cue: CueMatch, language: ClaimLanguage): boolean {
  return cue.first === 0 || (language === "ar" && cue.first === 1);
}

function isArabicFuture(token: Token): boolean {
  const key = token.keyNoConjunction || token.key;
  return key.charCodeAt(0) === 0x0633 && FUTURE_PREFIX.test(key) && !NOT_FUTURE.has(key);
}

/** "according to Europe 1": the attribution word and up to four words after it, within the clause. */
function attributionEvidence(text: string, tokens: readonly Token[], cue: CueMatch): string {
  let last = cue.last;
  while (last < cue.last + 4 && last + 1 < tokens.length && !CLAUSE_PUNCTUATION.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) {
    last++;
  }
  return withoutQuoteMarks(text, tokens[cue.first]!.start, tokens[last]!.end);
}

function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d;
}

/**
 * `text.slice(start, end).replace(QUOTE_MARKS, "").replace(/\s+/g, " ").trim()` in one pass: quote marks vanish
 * without ending a run of spaces, each run of white space becomes one space, and the ends are trimmed.
 */
function withoutQuoteMarks(text: string, start: number, end: number): string {
  let out = "";
  let copiedFrom = start;
  let inSpace = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isQuoteMark(code)) {
      out += text.slice(copiedFrom, i);
      copiedFrom = i + 1;
    } else if (isWhiteSpaceUnit(code)) {
      if (inSpace || code !== 0x20) {
        out += inSpace ? text.slice(copiedFrom, i) : text.slice(copiedFrom, i) + " ";
        copiedFrom = i + 1;
      }
      inSpace = true;
    } else {
      inSpace = false;
    }
  }
  const collapsed = copiedFrom === start ? text.slice(start, end) : out + text.slice(copiedFrom, end);
  // Only single spaces are left at the ends.
  const from = collapsed.charCodeAt(0) === 0x20 ? 1 : 0;
  const to = collapsed.length > from && collapsed.charCodeAt(collapsed.length - 1) === 0x20 ? collapsed.length - 1 : collapsed.length;
  return from === 0 && to === collapsed.length ? collapsed : collapsed.slice(from, to);
}

function shorten(value: string): string {
  return value.length <= 80 ? value : value.slice(0, 79) + "…";
}
