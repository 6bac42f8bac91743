import type { ClaimLanguage } from "../types";

/**
 * Clause connectives. A sentence is split into two claims at a SPLIT connective that follows a comma (or, for the
 * ones marked free, anywhere between words), because what follows it is a separate checkable statement.
 */
export interface SplitConnective {
  /** Words as written (matched on folded keys, so «وهو ما» also matches «وهو ما» with diacritics). */
  phrase: string;
  /** May split without a preceding comma («بل», «وهو ما»). */
  free?: boolean;
}

export const SPLIT_CONNECTIVES: Record<ClaimLanguage, readonly SplitConnective[]> = {
  ar: [
    { phrase: "حيث" }, { phrase: "وحيث" }, { phrase: "كما" }, { phrase: "وكما" }, { phrase: "حين" },
    { phrase: "في حين" }, { phrase: "بينما" }, { phrase: "وهو ما", free: true }, { phrase: "وهي ما", free: true },
    { phrase: "بل", free: true }, { phrase: "لكن" }, { phrase: "لكنه" }, { phrase: "لكنها" }, { phrase: "ولكن" },
    { phrase: "غير أن" }, { phrase: "إلا أن" }, { phrase: "فيما" }, { phrase: "إذ" },
  ],
  en: [
    { phrase: "while" }, { phrase: "whereas" }, { phrase: "but" }, { phrase: "when" }, { phrase: "where" },
    { phrase: "which is" }, { phrase: "which was" }, { phrase: "and the" }, { phrase: "and he" },
    { phrase: "and she" }, { phrase: "and it" }, { phrase: "and they" }, { phrase: "and its" },
    { phrase: "and his" }, { phrase: "and her" }, { phrase: "and their" }, { phrase: "although" },
  ],
  fr: [
    { phrase: "tandis que" }, { phrase: "alors que" }, { phrase: "mais" }, { phrase: "où" }, { phrase: "lorsque" },
    { phrase: "quand" }, { phrase: "ce qui" }, { phrase: "et le" }, { phrase: "et la" }, { phrase: "et les" },
    { phrase: "et il" }, { phrase: "et elle" }, { phrase: "et ils" }, { phrase: "et elles" }, { phrase: "et son" },
    { phrase: "et sa" }, { phrase: "et ses" }, { phrase: "et leur" }, { phrase: "bien que" },
  ],
};

/**
 * Frame openers: «كما حدث» ("as happened") introduces an example that the NEXT clause completes, so a clause that
 * starts with one is never cut from the clause after it (the Bataclan example in the seed article).
 */
export const FRAME_OPENERS: Record<ClaimLanguage, readonly string[]> = {
  ar: ["كما حدث", "كما جرى", "مثلما حدث", "مثلما", "كما هو الحال", "كما كان الحال", "على غرار"],
  en: ["as happened", "as was the case", "as it did", "just as", "like"],
  fr: ["comme ce fut le cas", "comme lors", "comme cela s'est produit", "à l'image de"],
};

/**
 * "Not only … but": the part after «بل» has no subject of its own, so a sentence that opens the correlative is not
 * split there.
 */
export const CORRELATIVE_OPENERS: Record<ClaimLanguage, readonly string[]> = {
  ar: ["لا يقتصر", "لا تقتصر", "لم يقتصر", "لم تقتصر", "ليس فقط", "ليست فقط", "فحسب"],
  en: ["not only", "not just"],
  fr: ["non seulement", "pas seulement"],
};

/** Leading connectives removed from the normalised claim text: the claim must read on its own in the review queue. */
export const LEADING_CONNECTIVES: Record<ClaimLanguage, readonly string[]> = {
  ar: [
    "و", "ف", "كما", "حيث", "حين", "في حين", "بينما", "بل", "لكن", "ولكن", "غير أن", "إلا أن", "فيما", "إذ",
    "ثم", "أيضا", "كذلك", "كما أن", "من جهة أخرى", "من جهته", "من جهتها", "في المقابل",
  ],
  en: ["and", "but", "so", "also", "while", "whereas", "when", "where", "meanwhile", "moreover", "however", "although"],
  fr: ["et", "mais", "donc", "aussi", "alors que", "tandis que", "lorsque", "quand", "où", "cependant", "par ailleurs", "bien que"],
};

/** Abbreviations whose full stop does not end a sentence ("M. Macron", "Dr. Smith"), keyed by lower-case form. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "st", "ste", "sr", "jr", "gen", "gov",
  "sen", "rep", "col", "lt", "capt", "sgt", "mgr", "vs", "cf", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc", "inc", "corp", "ltd", "dept", "approx", "etc",
  "e.g", "i.e", "av", "mgr", "gal", "cie",
]);

/** Abbreviations that only abbreviate before a number ("No. 5", "p. 12"); elsewhere they are ordinary words. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(["no", "nos", "n", "p", "pp", "vol", "art", "fig", "ch"]);

/** Abbreviations that also end sentences ("in the U.S. The …"): they end one only before a capitalised sentence opener. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(["etc", "inc", "corp", "ltd", "co", "jr", "sr"]);

/** Words that often open an English or French sentence; used to decide whether "U.S. The" ends a sentence. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "there", "but", "and",
  "in", "on", "at", "his", "her", "its", "their", "our", "le", "la", "les", "il", "elle", "ils", "elles", "un",
  "une", "ce", "cette", "ces", "mais", "et", "en", "au", "dans", "selon", "on", "nous", "je", "after", "before",
]);
