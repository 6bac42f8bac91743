import type { LexiconStart } from "./cues";
import { stripArabicPrefixes, toMatchKey } from "./text-keys";

/**
 * Every distinct word of the articles seen lately, with the keys it is matched on. A token points at its word's
 * forms, so folding, prefix stripping and lexicon lookups happen once per word rather than once per occurrence —
 * an article repeats its vocabulary, and these lookups were the largest cost of reading a token.
 *
 * The table is keyed by the word's characters in the text, hashed while scanning, so a word seen before costs no
 * substring and no string hashing. Bounded: when it fills up it is cleared, and forms are rebuilt on demand (they are
 * a pure function of the word, so clearing never changes a result).
 */
export interface WordForms {
  readonly word: string;
  /** Folded form used for lexicon lookups (see text-keys.ts). */
  readonly key: string;
  /** Key without an Arabic conjunction prefix, or "". */
  readonly keyNoConjunction: string;
  /** Key without conjunction and preposition prefixes, or "". */
  readonly keyNoPrefix: string;
  /**
   * Lexicon entries this word can start, per language, filled in by cues.ts on first lookup. Fields of the word
   * rather than an array: findCues reads one per token, and each pointer followed is a likely cache miss.
   */
  startsAr: readonly LexiconStart[] | undefined;
  startsFr: readonly LexiconStart[] | undefined;
  startsEn: readonly LexiconStart[] | undefined;
}

// Open addressing with linear probing. The table starts small and doubles when half full, so an article's
// vocabulary stays in a cache-friendly few kilobytes; at MAX_SIZE it is cleared instead.
const INITIAL_SIZE = 1 << 10;
const MAX_SIZE = 1 << 16;

let slotForms: (WordForms | undefined)[] = new Array<WordForms | undefined>(INITIAL_SIZE).fill(undefined);
let slotHashes = new Int32Array(INITIAL_SIZE);
let mask = INITIAL_SIZE - 1;
let wordCount = 0;

function resize(size: number): void {
  const oldForms = slotForms;
  const oldHashes = slotHashes;
  slotForms = new Array<WordForms | undefined>(size).fill(undefined);
  slotHashes = new Int32Array(size);
  mask = size - 1;
  wordCount = 0;
  if (size <= oldForms.length) return; // cleared, not grown
  for (let i = 0; i < oldForms.length; i++) {
    const forms = oldForms[i];
    if (forms !== undefined) insert(forms, oldHashes[i]!);
  }
}

function insert(forms: WordForms, hash: number): void {
  let slot = hash & mask;
  while (slotForms[slot] !== undefined) slot = (slot + 1) & mask;
  slotForms[slot] = forms;
  slotHashes[slot] = hash;
  wordCount++;
}

/** FNV-1a over UTF-16 code units (tokenize.ts computes the same hash while it scans a word). */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

function isWordAt(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function buildForms(word: string, isNumber: boolean): WordForms {
  const first = word.charCodeAt(0);
  const isArabicWord = first >= 0x0600 && first <= 0x06ff && !isNumber;
  const key = toMatchKey(word);
  const [keyNoConjunction, keyNoPrefix] = isArabicWord ? stripArabicPrefixes(key) : ["", ""];
  return { word, key, keyNoConjunction, keyNoPrefix, startsAr: undefined, startsFr: undefined, startsEn: undefined };
}

/** The forms of the word text[start, end) (`hash` = hashWord of the same range). */
export function getWordForms(text: string, start: number, end: number, hash: number, isNumber: boolean): WordForms {
  for (let slot = hash & mask, forms = slotForms[slot]; forms !== undefined; slot = (slot + 1) & mask, forms = slotForms[slot]) {
    if (slotHashes[slot] === hash && isWordAt(forms.word, text, start, end)) return forms;
  }
  if (wordCount >= slotForms.length >> 1) resize(slotForms.length < MAX_SIZE ? slotForms.length * 2 : INITIAL_SIZE);
  const forms = buildForms(text.slice(start, end), isNumber);
  insert(forms, hash);
  return forms;
}
