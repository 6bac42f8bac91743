import { cueOfKind, type CueKind, type CueMatch } from "../cues";
import { toMatchKey, prefixLengthInWord } from "../text-keys";
import type { Token } from "../tokenize";
import type { ClaimLanguage } from "../types";

/**
 * People, organisations and places without a model: gazetteers, titles, given names and head nouns from the
 * lexicons, plus capitalisation in French and English. Precision matters more than recall here — an entity shown to
 * an editor must be right — so unknown single words are left alone.
 */
export interface NameCandidate {
  kind: "PERSON" | "ORGANIZATION" | "PLACE";
  start: number;
  end: number;
}

type CuesAt = readonly (CueMatch[] | undefined)[];

const ARABIC_STOPWORDS = new Set(
  [
    "في", "من", "على", "إلى", "عن", "مع", "التي", "الذي", "الذين", "أن", "إن", "كان", "كانت", "قد", "لا", "لم", "لن",
    "ما", "هذا", "هذه", "ذلك", "تلك", "ثم", "أو", "أي", "كل", "بين", "عند", "حتى", "خلال", "بعد", "قبل", "منذ", "ضد",
    "نحو", "لدى", "حول", "عبر", "دون", "غير", "هو", "هي", "هم", "وهو", "وهي", "و", "بن", "بنت", "يا",
  ].map(toMatchKey),
);
/** A word carrying one of these cues is a verb, title or function word, not part of a name. */
const NAME_BREAKING_CUES: ReadonlySet<CueKind> = new Set([
  "sourcePhrase", "reportingVerb", "sourceNoun", "eventVerb", "title", "orgHead", "hedge", "prediction", "causal", "comparison", "month",
  "relativeDate", "numberWord", "splitConnective", "freeSplitConnective", "subjective", "obligation", "opinion",
  "measurable", "vague", "question", "informal", "secondPerson",
]);
// "and" is not a connector: "Paris and Rabat" are two places ("Health and Human Services" is lost, rarely).
const LATIN_CONNECTORS = new Set(["of", "de", "du", "des", "la", "le", "the", "for", "d", "l", "von", "van", "al", "el", "bin", "ben"]);
const ACRONYM = /^[A-Z]{2,6}$/;
const ABD = toMatchKey("عبد");
const ABD_FIRST = ABD.charCodeAt(0);
/** `key.startsWith(ABD)`, with the first letter compared before the call (most words fail there). */
const startsWithAbd = (key: string) => key.length >= ABD.length && key.charCodeAt(0) === ABD_FIRST && key.startsWith(ABD);
const DEFINITE = toMatchKey("ال");

const cueOf = (cuesAt: CuesAt, i: number, kind: CueKind) => cueOfKind(cuesAt[i], kind);

function hasBreakingCue(cuesAt: CuesAt, i: number): boolean {
  const cues = cuesAt[i];
  if (cues === undefined) return false;
  for (const cue of cues) if (NAME_BREAKING_CUES.has(cue.kind)) return true;
  return false;
}

/** Only spaces between two tokens: punctuation or a quote mark ends a name. */
function joined(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) if (text[i] !== " " && text[i] !== "\u00A0") return false;
  return true;
}

/** Where a cue's words start once an Arabic prefix it does not include is skipped («بالمغرب» → «المغرب»). */
function cueStart(text: string, token: Token, cue: CueMatch): number {
  if (cue.prefixLetters <= 0) return token.start;
  return token.start + prefixLengthInWord(text.slice(token.start, token.end), cue.prefixLetters);
}

export function findNames(text: string, tokens: readonly Token[], cuesAt: CuesAt, language: ClaimLanguage): NameCandidate[] {
  return language === "ar" ? findArabicNames(text, tokens, cuesAt) : findLatinNames(text, tokens, cuesAt);
}

/** A preposition or conjunction glued to a definite word («بالمغرب», «للأمن», «والدولية») starts a new phrase. */
const GLUED_PHRASE_START = /^(?:بال|لل|كال|وال|فال|وب|ول)/;

function isArabicNameWord(tokens: readonly Token[], cuesAt: CuesAt, i: number): boolean {
  const token = tokens[i];
  if (!token || !token.isArabic || GLUED_PHRASE_START.test(token.key)) return false;
  return !ARABIC_STOPWORDS.has(token.key) && !hasBreakingCue(cuesAt, i);
}

/** The token opens a name the loop recognises by itself («عبد …», a given name, a known person). */
function opensName(tokens: readonly Token[], cuesAt: CuesAt, i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (startsWithAbd(token.key) || startsWithAbd(token.keyNoPrefix)) return true;
  return cuesAt[i]?.some((cue) => cue.kind === "givenName" || cue.kind === "knownPerson") === true;
}

/** Up to `max` more name words after `from`, joined by spaces only. */
function extendName(text: string, tokens: readonly Token[], cuesAt: CuesAt, from: number, max: number): number {
  let last = from;
  while (last < from + max && isArabicNameWord(tokens, cuesAt, last + 1) && joined(text, tokens[last]!, tokens[last + 1]!)) last++;
  return last;
}

/** The first of the token's keys that starts with «عبد», if any. */
function abdKeyOf(token: Token): string | undefined {
  // The other keys drop at most two prefix letters from the key, so «ع» must be among its first three letters.
  const key = token.key;
  if (key.length < ABD.length) return undefined;
  if (key.charCodeAt(0) !== ABD_FIRST && key.charCodeAt(1) !== ABD_FIRST && key.charCodeAt(2) !== ABD_FIRST) return undefined;
  if (startsWithAbd(key)) return key;
  if (startsWithAbd(token.keyNoConjunction)) return token.keyNoConjunction;
  if (startsWithAbd(token.keyNoPrefix)) return token.keyNoPrefix;
  return undefined;
}

function findArabicNames(text: string, tokens: readonly Token[], cuesAt: CuesAt): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const abdKey = abdKeyOf(token);
    if (abdKey !== undefined && (abdKey.length > ABD.length + 2 || abdKey === ABD)) {
      // «عبد اللطيف الحموشي», «بعبد الحميد أباعود», «عبدالله السماري»: the compound name plus one family name.
      const last = extendName(text, tokens, cuesAt, i, abdKey === ABD ? 2 : 1);
      if (last > i || abdKey !== ABD) {
        const prefix = prefixLengthInWord(text.slice(token.start, token.end), token.key.length - abdKey.length);
        found.push({ kind: "PERSON", start: token.start + prefix, end: tokens[last]!.end });
        i = last;
        continue;
      }
    }
    // Everything below starts from a cue on this word.
    if (cuesAt[i] === undefined) continue;
    const known = cueOf(cuesAt, i, "knownPerson");
    if (known) {
      found.push({ kind: "PERSON", start: cueStart(text, token, known), end: tokens[known.last]!.end });
      i = known.last;
      continue;
    }
    if (cueOf(cuesAt, i, "givenName")) {
      // A given name plus a family name, plus a third word only when it is definite («فاطمة الزهراء المنصوري»):
      // «برونو ريتيليو بزيارة» must stop before «بزيارة» ("with a visit").
      let last = extendName(text, tokens, cuesAt, i, 1);
      if (last > i && tokens[last + 1]?.key.startsWith(DEFINITE) && extendName(text, tokens, cuesAt, last, 1) > last) last++;
      if (last > i) {
        found.push({ kind: "PERSON", start: token.start, end: tokens[last]!.end });
        i = last;
        continue;
      }
    }
    const title = cueOf(cuesAt, i, "title");
    if (title) {
      // «وزير الداخلية الفرنسي برونو ريتيليو»: skip the definite complements of the title, then take two name words.
      let first = title.last + 1;
      while (first <= title.last + 3 && tokens[first]?.key.startsWith(DEFINITE) && isArabicNameWord(tokens, cuesAt, first)) first++;
      const candidate = tokens[first];
      if (opensName(tokens, cuesAt, first)) {
        i = first - 1; // «بنظيره عبد الوافي لفتيت»: the name rules below take the whole name
        continue;
      }
      if (candidate && !candidate.key.startsWith(DEFINITE) && isArabicNameWord(tokens, cuesAt, first) && joined(text, tokens[first - 1]!, candidate)) {
        const last = extendName(text, tokens, cuesAt, first, 1);
        found.push({ kind: "PERSON", start: candidate.start, end: tokens[last]!.end });
        i = last;
        continue;
      }
    }
    const organization = cueOf(cuesAt, i, "orgHead");
    if (organization) {
      const last = extendArabicOrganization(text, tokens, cuesAt, organization.last);
      found.push({ kind: "ORGANIZATION", start: cueStart(text, token, organization), end: tokens[last]!.end });
      i = last;
      continue;
    }
    const place = cueOf(cuesAt, i, "place");
    if (place) {
      found.push({ kind: "PLACE", start: cueStart(text, token, place), end: tokens[place.last]!.end });
      i = place.last;
    }
  }
  return found;
}

/** «إذاعة "أوروبا 1"», «وزارة الصحة الروسية», «مديرية مراقبة التراب الوطني». */
function extendArabicOrganization(text: string, tokens: readonly Token[], cuesAt: CuesAt, headLast: number): number {
  const head = tokens[headLast]!;
  const next = tokens[headLast + 1];
  if (!next) return headLast;
  if (/^\s*["«“]\s*$/.test(text.slice(head.end, next.start))) {
    // A quoted name: everything up to the closing quote, at most six words.
    for (let j = headLast + 1; j < tokens.length && j <= headLast + 6; j++) {
      const after = text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? text.length);
      if (/["»”]/.test(after)) return j;
      if (/[.,،؛]/.test(after)) break;
    }
    return headLast;
  }
  let last = headLast;
  for (let j = headLast + 1; j <= headLast + 4 && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (!joined(text, tokens[j - 1]!, token) || !isArabicNameWord(tokens, cuesAt, j)) break;
    const definite = token.key.startsWith(DEFINITE);
    // The first word may be an indefinite construct («مراقبة»); after it only definite words continue the name.
    if (!definite && j > headLast + 1) break;
    last = j;
  }
  return last;
}

function findLatinNames(text: string, tokens: readonly Token[], cuesAt: CuesAt): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalized) continue;
    if (startsDottedPlace(text, tokens, cuesAt, i)) {
      // "U.S.", "U.K.": a place written with initials.
      const last = cueOf(cuesAt, i, "place")!.last;
      found.push({ kind: "PLACE", start: tokens[i]!.start, end: tokens[last]!.end });
      i = last;
      continue;
    }
    // A run of capitalised words, allowing "of"/"de" between them: "Ministry of Health", "Banque de France".
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      if (!joinedOrApostrophe(text, tokens[j - 1]!, tokens[j]!) || startsDottedPlace(text, tokens, cuesAt, j)) break;
      if (tokens[j]!.capitalized) last = j;
      else if (!LATIN_CONNECTORS.has(tokens[j]!.key) || !tokens[j + 1]?.capitalized) break;
    }
    let first = i;
    // The first word of a sentence is capitalised anyway; drop it unless the lexicons know it as part of a name.
    if (startsSentence(text, tokens, cuesAt, first) && !isKnownNameWord(cuesAt, first) && !ACRONYM.test(wordAt(text, tokens[first]!))) first++;
    while (first <= last && (LATIN_CONNECTORS.has(tokens[first]!.key) || (cueOf(cuesAt, first, "title") && first < last))) first++;
    const head = first <= last ? lowercaseHeadBefore(text, tokens, cuesAt, first) : undefined;
    if (first <= last && head !== undefined) {
      // «le syndicat Alliance», «ministère de l'Intérieur»: a lower-case head noun names the organisation.
      found.push({ kind: "ORGANIZATION", start: tokens[head]!.start, end: tokens[last]!.end });
    } else if (first <= last) {
      const kind = classifyLatinRun(text, tokens, cuesAt, first, last, i);
      if (kind) found.push({ kind, start: tokens[first]!.start, end: tokens[last]!.end });
    }
    i = last;
  }
  return found;
}

function startsDottedPlace(text: string, tokens: readonly Token[], cuesAt: CuesAt, i: number): boolean {
  const place = cueOf(cuesAt, i, "place");
  return place !== undefined && place.last > i && text[tokens[i]!.end] === ".";
}

/** Index of a lower-case organisation head right before a capitalised name, across "de", "l'", "of the". */
function lowercaseHeadBefore(text: string, tokens: readonly Token[], cuesAt: CuesAt, first: number): number | undefined {
  let j = first - 1;
  while (j >= 0 && first - j <= 3 && LATIN_CONNECTORS.has(tokens[j]!.key) && joinedOrApostrophe(text, tokens[j]!, tokens[j + 1]!)) j--;
  const head = tokens[j];
  if (!head || head.capitalized || !joinedOrApostrophe(text, head, tokens[j + 1]!)) return undefined;
  return cueOf(cuesAt, j, "orgHead") ? j : undefined;
}

function joinedOrApostrophe(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === " " || gap === "'" || gap === "\u2019" || gap === "\u00A0" || gap === "-";
}

function wordAt(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

function startsSentence(text: string, tokens: readonly Token[], cuesAt: CuesAt, i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  // "M. Dupont", "Dr. Smith", "U.S. State Department": the full stop belongs to a title or an initial.
  if (gap.startsWith(".") && (cueOf(cuesAt, i - 1, "title") || tokens[i - 1]!.end - tokens[i - 1]!.start === 1)) return false;
  return /[.!?:"«“\n]/.test(gap);
}

const KNOWN_NAME_CUES: ReadonlySet<CueKind> = new Set(["place", "orgHead", "givenName", "knownPerson", "title"]);

function isKnownNameWord(cuesAt: CuesAt, i: number): boolean {
  return cuesAt[i]?.some((cue) => KNOWN_NAME_CUES.has(cue.kind)) === true;
}

function classifyLatinRun(
  text: string,
  tokens: readonly Token[],
  cuesAt: CuesAt,
  first: number,
  last: number,
  runStart: number,
): NameCandidate["kind"] | undefined {
  for (let j = first; j <= last; j++) if (cueOf(cuesAt, j, "orgHead")) return "ORGANIZATION";
  const place = cueOf(cuesAt, first, "place");
  if (place && place.last >= last) return "PLACE";
  const afterTitle = runStart < first && cueOf(cuesAt, runStart, "title") !== undefined;
  const titleBefore = first > 0 && cueOf(cuesAt, first - 1, "title") !== undefined;
  if (afterTitle || titleBefore || cueOf(cuesAt, first, "givenName") || cueOf(cuesAt, first, "knownPerson")) return "PERSON";
  if (first === last) return ACRONYM.test(wordAt(text, tokens[first]!)) ? "ORGANIZATION" : undefined;
  if (place) return "PLACE";
  return "PERSON";
}
