import type { CueKind, CueMatch } from "../cues";
import type { FoundEntity } from "../entities/find-entities";
import { toMatchKey } from "../text-keys";
import type { Token } from "../tokenize";
import type { ClaimLanguage } from "../types";
import type { FeatureName, FeatureVector } from "./feature-names";

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
}

export const SHORT_CLAIM_WORDS = 6;
export const LONG_CLAIM_WORDS = 30;

/** Cues that become a feature of the same meaning, with the cue's words as evidence. */
const CUE_FEATURES = new Map<CueKind, FeatureName>([
  ["title", "title"], ["eventVerb", "eventVerb"], ["comparison", "comparison"], ["causal", "causal"],
  ["measurable", "measurable"], ["officialAct", "officialAct"], ["hedge", "hedge"], ["opinion", "opinion"],
  ["subjective", "subjective"], ["firstPerson", "firstPerson"], ["secondPerson", "secondPerson"],
  ["obligation", "obligation"], ["vague", "vague"], ["informal", "informal"], ["prediction", "prediction"],
  ["percentWord", "percent"], ["nationality", "place"],
]);

const QUOTED_WORDS = /[«“"]([^«»“”"]{12,400})[»”"]/;
const HASHTAG = /#[\p{L}\p{N}_]/u;
const LINK = /https?:\/\/|www\./i;
const MENTION = /(^|\s)@[A-Za-z0-9_]/;
const EMOJI = /\p{Extended_Pictographic}/u;
const QUOTE_MARKS = /["«»“”]/g;
/** A letter typed four times or more («شنووووو», "sooooo") is chat, not copy. Returns its index, or -1. */
function elongationAt(body: string): number {
  let run = 1;
  for (let i = 1; i < body.length; i++) {
    const code = body.charCodeAt(i);
    run = code === body.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 4 && LETTERS_AROUND.test(body[i]!)) return i;
  }
  return -1;
}
const QUOTE_CHAR = /[«“"]/;
/** Code units that can start an emoji; the exact (slower) Unicode property test runs only when one is present. */
const MAYBE_EMOJI = /[\u00A9\u00AE\u203C-\u3299\uD83C-\uD83E]/;
const LETTERS_AROUND = /\p{L}/u;

function wordAround(body: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && LETTERS_AROUND.test(body[start - 1]!)) start--;
  while (end < body.length && LETTERS_AROUND.test(body[end]!)) end++;
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

export function computeFeatures(claim: ClaimEvidence): FeatureVector {
  const { text, start, end, tokens, cues, entities, language } = claim;
  const features: FeatureVector = {};
  const set = (name: FeatureName, evidence?: string) => {
    if (features[name]) return;
    features[name] = evidence === undefined ? { value: 1 } : { value: 1, evidence };
  };
  const words = (first: number, last: number) => text.slice(tokens[first]!.start, tokens[last]!.end);

  let numbers = 0;
  for (const entity of entities) {
    const shown = text.slice(entity.start, entity.end);
    if (entity.kind === "NUMBER" && ++numbers === 2) set("severalNumbers", shown);
    if (entity.kind === "NUMBER") set(entity.isPercent ? "percent" : "number", shown);
    else if (entity.kind === "DATE") set("date", shown);
    else if (entity.kind === "PERSON") set("person", shown);
    else if (entity.kind === "ORGANIZATION") set("organization", shown);
    else set("place", shown);
  }

  for (const cue of cues) {
    if (cue.kind === "sourcePhrase") {
      if (!features.attribution) set("attribution", attributionEvidence(text, tokens, cue));
    } else if (cue.kind === "question") {
      if (startsClaim(cue, language)) set("question", words(cue.first, cue.last));
    } else {
      const feature = CUE_FEATURES.get(cue.kind);
      if (feature !== undefined && !features[feature]) set(feature, words(cue.first, cue.last));
    }
  }

  if (!features.attribution) {
    const verb = cues.find((cue) => cue.kind === "reportingVerb");
    const namesSpeaker =
      features.person !== undefined || features.organization !== undefined || cues.some((cue) => cue.kind === "sourceNoun" || cue.kind === "title");
    if (verb && namesSpeaker) set("attribution", attributionEvidence(text, tokens, verb));
  }
  const source = headlineSource(text, tokens, cues, language);
  if (source && !features.attribution) set("attribution", source);
  if (language !== "ar") {
    const past = tokens.find((_, i) => isPastParticiple(tokens, i, language));
    if (past) set("pastTense", text.slice(past.start, past.end));
  }

  if (language === "ar" && !features.prediction) {
    const future = tokens.find((token) => isArabicFuture(token));
    if (future) set("prediction", text.slice(future.start, future.end));
  }

  // Character-level signals. Each regex runs only after a cheap test says it can match: this is the hot path.
  const body = text.slice(start, end);
  if (QUOTE_CHAR.test(body)) {
    const quoted = QUOTED_WORDS.exec(body);
    if (quoted && quoted[1]!.trim().split(/\s+/).length >= 3) set("quote", shorten(quoted[1]!.trim()));
  }
  if (body.includes("?") || body.includes("\u061F")) set("question", "?");
  if (!features.informal) {
    const stretched = elongationAt(body);
    if (stretched >= 0) set("informal", wordAround(body, stretched));
  }
  if (body.includes("!")) set("exclamation", "!");
  if (body.includes("#") && HASHTAG.test(body)) set("hashtag");
  if (LINK.test(body)) set("link");
  if (body.includes("@") && MENTION.test(body)) set("mention");
  if (MAYBE_EMOJI.test(body) && EMOJI.test(body)) set("emoji");

  let wordCount = 0;
  for (const token of tokens) if (!token.isNumber) wordCount++;
  if (wordCount < SHORT_CLAIM_WORDS) set("short", String(wordCount));
  if (wordCount > LONG_CLAIM_WORDS) set("long", String(wordCount));
  // Graded length in [0, 1]: longer statements carry more checkable detail, up to a point.
  features.length = { value: Math.min(wordCount, LONG_CLAIM_WORDS) / LONG_CLAIM_WORDS, evidence: String(wordCount) };
  return features;
}

/**
 * News headlines attribute with a colon: «الصحة الروسية: إنتاج أول لقاح …», "Police: two arrested". A short lead-in
 * (one to four words) ending in a colon, followed by a statement, is the source.
 */
function headlineSource(text: string, tokens: readonly Token[], cues: readonly CueMatch[], language: ClaimLanguage): string | undefined {
  for (let i = 0; i < Math.min(4, tokens.length - 3); i++) {
    const gap = text.slice(tokens[i]!.end, tokens[i + 1]!.start);
    if (!gap.includes(":")) continue;
    if (/[.!?؟]/.test(gap)) return undefined;
    const lead = tokens.slice(0, i + 1);
    if (!lead.every((token) => token.isArabic || token.capitalized || token.isNumber)) return undefined;
    // In French and English a lead-in is as often a topic ("Sécurité :") as a source; require a speaker-like word.
    const speaker = cues.some((cue) => cue.last <= i && SPEAKER_CUES.has(cue.kind));
    if (language !== "ar" && !speaker) return undefined;
    return text.slice(tokens[0]!.start, tokens[i]!.end);
  }
  return undefined;
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
  const previous = tokens[i - 1];
  return previous !== undefined && FRENCH_AUXILIARIES.has(previous.key) && /^[a-zà-ÿ]{2,}(?:é|ée|és|ées)$/.test(token.key);
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
  while (last < cue.last + 4 && last + 1 < tokens.length && !/[.,،؛;:!?؟]/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) {
    last++;
  }
  const first = tokens[cue.first]!;
  return text.slice(first.start, tokens[last]!.end).replace(QUOTE_MARKS, "").replace(/\s+/g, " ").trim();
}

function shorten(value: string): string {
  return value.length <= 80 ? value : value.slice(0, 79) + "…";
}
