import type { ClaimLanguage } from "./types";

/**
 * Language detection for the three newsroom languages. Arabic is recognised by script; French and English share a
 * script, so they are told apart by their most frequent function words, which a news paragraph always contains.
 * A package would add a dependency and hundreds of languages we cannot extract anyway.
 */

/** Share of Arabic letters among all letters above which a text is Arabic (leaves room for Latin names and URLs). */
const ARABIC_SHARE = 0.3;
/** Enough text to decide; reading more only costs time on long articles. */
const SAMPLE_LENGTH = 20_000;

const ARABIC_LETTERS = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/g;
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
const LATIN_WORD = /[a-zà-öø-ÿœ'\u2019]+/g;
const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu)'/;

const FRENCH_WORDS = new Set([
  "le", "la", "les", "des", "du", "de", "et", "est", "un", "une", "dans", "pour", "que", "qui", "sur", "au", "aux",
  "par", "pas", "ne", "ce", "cette", "il", "elle", "ont", "sont", "été", "avec", "plus", "selon", "mais", "ses",
  "son", "sa", "leur", "nous", "vous", "ou", "où", "à", "d'un", "d'une", "qu'il", "c'est", "entre", "aussi",
]);
const ENGLISH_WORDS = new Set([
  "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by", "it", "are", "were", "be",
  "this", "from", "have", "has", "not", "which", "he", "she", "they", "said", "had", "at", "an", "his", "her",
  "their", "we", "you", "i", "will", "would", "there", "been", "but", "or", "after", "who",
]);

export function detectLanguage(text: string): ClaimLanguage {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const arabic = sample.match(ARABIC_LETTERS)?.length ?? 0;
  const latin = sample.match(LATIN_LETTERS)?.length ?? 0;
  // No letters at all: Arabic is the desk's first language, and nothing will be extracted anyway.
  if (arabic + latin === 0) return "ar";
  if (arabic / (arabic + latin) >= ARABIC_SHARE) return "ar";
  return frenchOrEnglish(sample);
}

function frenchOrEnglish(sample: string): ClaimLanguage {
  let french = 0;
  let english = 0;
  for (const raw of sample.toLowerCase().match(LATIN_WORD) ?? []) {
    const word = raw.replace(/\u2019/g, "'");
    const bare = word.replace(FRENCH_ELISION, ""); // l'état → état: the elision itself is a French signal
    if (word !== bare) french++;
    if (FRENCH_WORDS.has(word) || FRENCH_WORDS.has(bare)) french++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  // Letters only French uses tip a tie (a headline with no function words).
  if (french === english) return /[éèêàçùœâîô]/i.test(sample) ? "fr" : "en";
  return french > english ? "fr" : "en";
}
