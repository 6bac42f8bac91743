/**
 * Matching keys for words. Lexicon entries and article words go through the same functions, so
 * «وأكدت» matches «أكدت»: Arabic diacritics, tatweel and letter variants that writers mix freely (أ/إ/آ, ة/ه)
 * are folded and Latin is lower-cased. Alef maqsura is NOT folded into ya: «على» (on) and «علي» (Ali) must stay
 * apart, as must «إلى» (to) and the dialect «الي». French accents are kept: they tell «où» (where) from «ou» (or).
 */

const ARABIC_FOLD = /[\u064B-\u065F\u0670\u0640\u0623\u0625\u0622\u0671\u0629\u06A9\u06CC]/;
const ARABIC_FOLD_ALL = /[\u064B-\u065F\u0670\u0640\u0623\u0625\u0622\u0671\u0629\u06A9\u06CC]/g;
const NON_ASCII = /[^\x00-\x7F]/;

function foldArabicChar(ch: string): string {
  switch (ch) {
    case "\u0623":
    case "\u0625":
    case "\u0622":
    case "\u0671":
      return "\u0627"; // all alef forms → bare alef
    case "\u0629":
      return "\u0647"; // ta marbuta → ha (tweets write both)
    case "\u06A9":
      return "\u0643"; // Persian kaf
    case "\u06CC":
      return "\u064A"; // Persian ya
    default:
      return ""; // diacritics and tatweel disappear
  }
}

// News repeats its words; remembering recent keys saves most of the folding work. Bounded, so memory stays flat.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** The key a word is matched on. Pure function of the word; cheap on ASCII, which is the common Latin case. */
export function toMatchKey(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  const cached = KEY_CACHE.get(word);
  if (cached !== undefined) return cached;
  const key = foldWord(word);
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(word, key);
  return key;
}

function foldWord(word: string): string {
  let key = word;
  if (ARABIC_FOLD.test(key)) key = key.replace(ARABIC_FOLD_ALL, foldArabicChar);
  return key.toLowerCase();
}

const CONJUNCTION = /^[\u0648\u0641]/; // و ف
const PREPOSITION = /^[\u0628\u0644\u0643]/; // ب ل ك

/** Words that look prefixed but are not: «فحسب» is "only", not «ف» + «حسب» ("according to"). */
const NOT_PREFIXED = new Set(["فحسب", "فقط", "فيما", "وحده", "وحدها"]);

/**
 * Arabic writes conjunctions and prepositions as prefixes («وبالمغرب» = "and in Morocco»). Returns the key without
 * them, or "" when nothing was stripped. A preposition is only stripped from words of four letters or more, because
 * short results collide with unrelated words («كما» is not «ك» + «ما»); a conjunction may leave two letters
 * («ومن» → «من», «ولا» → «لا»).
 */
export function stripArabicPrefixes(key: string): [string, string] {
  let withoutConjunction = "";
  let base = key;
  if (NOT_PREFIXED.has(key)) return ["", ""];
  if (key.length >= 3 && CONJUNCTION.test(key)) {
    withoutConjunction = key.slice(1);
    base = withoutConjunction;
  }
  let withoutPreposition = "";
  if (base.length > 3 && base.startsWith("\u0644\u0644")) {
    withoutPreposition = "\u0627" + base.slice(1); // «للأمن» → «الأمن»
  } else if (base.length > 3 && PREPOSITION.test(base)) {
    withoutPreposition = base.slice(1);
  }
  return [withoutConjunction, withoutPreposition];
}

/** How many UTF-16 units of `word` make up its first `letters` key letters (diacritics do not count as letters). */
export function prefixLengthInWord(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    const code = word.charCodeAt(i);
    const isMark = (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
    if (!isMark) seen++;
    i++;
  }
  while (i < word.length) {
    const code = word.charCodeAt(i);
    const isMark = (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
    if (!isMark) break;
    i++;
  }
  return i;
}
