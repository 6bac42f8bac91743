import {
  NUMBER_ABBREVIATIONS,
  SENTENCE_FINAL_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from "./lexicons/connectives";
import { isLetterUnit } from "./char-classes";
import { hasWordCharacter, trimSpan } from "./spans";
import type { ClaimLanguage, Span } from "./types";

/**
 * Sentence segmentation for news copy in Arabic, French and English. Written by hand rather than with
 * Intl.Segmenter because news needs rules the segmenter does not know: a line break ends a headline, «..» separates
 * headline parts, «؛» ends an Arabic sentence, a full stop inside a quotation does not cut the quotation from its
 * speaker, and "M." / "U.S." / "3.5" are not sentence ends. Runs in one left-to-right pass.
 */

/** Longest sentence we keep whole; longer runs (lists without punctuation, pasted tables) are cut at a space. */
export const MAX_SENTENCE_LENGTH = 1200;
/** A quotation longer than this is treated as unbalanced (a stray quote mark) and stops holding sentences together. */
const MAX_QUOTE_LENGTH = 600;

const CANDIDATE = /[.!?\u061F\u061B\u2026\n\r\u00AB\u00BB\u201C\u201D"]/g;
const CLOSERS = /[\u00BB\u201D"')\]\u2019]/;
const SPACE = /[\s\u200B-\u200F\uFEFF]/;
const LOWER_LATIN = /[a-z\u00DF-\u00FF]/;

/** `SPACE.test(text[i])`, without making a one-character string. */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200f) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `CLOSERS.test(text[i])`, without making a one-character string. */
function isCloserAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 0xbb || code === 0x201d || code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x2019;
}
const LETTER = /\p{L}/u;
const TERMINATOR = /[.!?\u061F\u2026]/;
const OPENING_PUNCTUATION = /[(\[{:\u2014\u2013-]/;
const CLOSING_PUNCTUATION = /[.,!?;\u060C\u061F]/;
const LINE_END_PUNCTUATION = /[.!?:]/;
const DOTS = /\./g;
const ASCII_DIGIT = /[0-9]/;

export function segmentSentences(text: string, language: ClaimLanguage): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = 0;
  let quoteDepth = 0;
  let quoteOpenedAt = 0;
  const pattern = new RegExp(CANDIDATE.source, "g");
  let match: RegExpExecArray | null;

  while ((match = pattern.exec(text)) !== null) {
    const i = match.index;
    const ch = match[0];
    if (quoteDepth > 0 && i - quoteOpenedAt > MAX_QUOTE_LENGTH) quoteDepth = 0;

    if (ch === "\u00AB" || ch === "\u201C" || (ch === '"' && opensQuote(text, i, quoteDepth))) {
      if (quoteDepth === 0) quoteOpenedAt = i;
      quoteDepth++;
      continue;
    }
    if (ch === "\u00BB" || ch === "\u201D" || ch === '"') {
      if (quoteDepth > 0) quoteDepth--;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      if (endsAtLineBreak(text, i, language)) {
        quoteDepth = 0;
        pushSentence(text, sentenceStart, i, sentences);
        sentenceStart = i;
      }
      continue;
    }

    // A terminator: find the end of its run ("?!", "..", "؟!") and the closing quotes right after it.
    let end = i + 1;
    while (end < text.length && TERMINATOR.test(text[end]!)) end++;
    const isDotRun = ch === "." && end === i + 1;
    if (isDotRun && !fullStopEndsSentence(text, i, language)) continue;
    if (ch === "\u2026" || (ch === "." && end > i + 1)) {
      if (!ellipsisEndsSentence(text, end, language)) {
        pattern.lastIndex = end;
        continue;
      }
    }
    let closed = end;
    let depthAfter = quoteDepth;
    for (;;) {
      // French sets a space before «»»: «baissé. »» still closes right after the full stop.
      let next = closed;
      while (next < text.length && (text[next] === " " || text[next] === "\u00A0" || text[next] === "\u202F")) next++;
      const closer = text[next];
      if (closer === undefined || !CLOSERS.test(closer) || (next > closed && closer !== "\u00BB" && closer !== "\u201D")) break;
      if (depthAfter > 0 && closer !== ")" && closer !== "]") depthAfter--;
      closed = next + 1;
    }
    pattern.lastIndex = closed;
    // Inside a quotation a terminator ends the sentence only when the quotation closes right after it.
    if (depthAfter > 0) continue;
    quoteDepth = 0;
    if (closed < text.length && !isSpaceAt(text, closed) && ch === "." && isDotRun) continue;
    pushSentence(text, sentenceStart, closed, sentences);
    sentenceStart = closed;
  }
  pushSentence(text, sentenceStart, text.length, sentences);
  return sentences;
}

function pushSentence(text: string, start: number, end: number, out: Span[]): void {
  const trimmed = trimSpan(text, start, end);
  if (trimmed.end <= trimmed.start || !hasWordCharacter(text, trimmed.start, trimmed.end)) return;
  // Cap the length: every later step is then bounded per sentence, whatever the input looks like.
  let from = trimmed.start;
  while (trimmed.end - from > MAX_SENTENCE_LENGTH) {
    let cut = from + MAX_SENTENCE_LENGTH;
    const floor = from + MAX_SENTENCE_LENGTH / 2;
    while (cut > floor && !isSpaceAt(text, cut)) cut--;
    if (cut <= floor) cut = safeCut(text, from + MAX_SENTENCE_LENGTH);
    const piece = trimSpan(text, from, cut);
    if (piece.end > piece.start && hasWordCharacter(text, piece.start, piece.end)) out.push(piece);
    from = cut;
  }
  const last = trimSpan(text, from, trimmed.end);
  if (last.end > last.start && hasWordCharacter(text, last.start, last.end)) out.push(last);
}

/** Never cut between the two halves of a surrogate pair: the claim text must stay valid Unicode. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

function opensQuote(text: string, i: number, depth: number): boolean {
  if (i === 0) return true;
  const before = text[i - 1]!;
  if (SPACE.test(before) || OPENING_PUNCTUATION.test(before)) return true;
  return depth === 0 && !LETTER.test(before) && !CLOSING_PUNCTUATION.test(before);
}

function nextNonSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\u00A0")) j++;
  return j;
}

/**
 * A line break ends a sentence (headlines, list items, paragraphs), except inside hard-wrapped Latin prose where the
 * next line carries on in lower case after a line with no final punctuation.
 */
function endsAtLineBreak(text: string, i: number, language: ClaimLanguage): boolean {
  if (language === "ar") return true;
  const next = nextNonSpace(text, i + 1);
  if (next >= text.length || !LOWER_LATIN.test(text[next]!)) return true;
  let previous = i - 1;
  while (previous >= 0 && isSpaceAt(text, previous)) previous--;
  return previous >= 0 && LINE_END_PUNCTUATION.test(text[previous]!);
}

/** The word before a full stop, letters and inner dots only ("U.S", "Mme", "e.g"). */
function wordBefore(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && dot - start < 12 && (isLetterUnit(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 0x2e)) start--;
  return text.slice(start, dot);
}

function wordAfter(text: string, from: number): string {
  let start = from;
  while (start < text.length && (isSpaceAt(text, start) || isCloserAt(text, start))) start++;
  let end = start;
  while (end < text.length && end - start < 20 && isLetterUnit(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

function fullStopEndsSentence(text: string, dot: number, language: ClaimLanguage): boolean {
  const before = text[dot - 1];
  const after = text[dot + 1];
  if (after === undefined) return true;
  // 3.5, 1.000, example.com, U.S: no space after the dot means no sentence end.
  if (!isSpaceAt(text, dot + 1) && !isCloserAt(text, dot + 1)) return false;
  if (before === undefined) return true;
  const word = wordBefore(text, dot);
  const next = wordAfter(text, dot + 1);
  const nextIsLower = next.length > 0 && LOWER_LATIN.test(next[0]!);
  if (language !== "ar" && nextIsLower) return false;
  const lower = word.toLowerCase();
  const letters = lower.replace(DOTS, "");
  const isInitial = letters.length === 1 && LETTER.test(letters);
  const isDotted = lower.includes(".");
  if (NUMBER_ABBREVIATIONS.has(lower) && ASCII_DIGIT.test(text[nextNonSpace(text, dot + 1)] ?? "")) return false;
  if (isInitial || isDotted || TITLE_ABBREVIATIONS.has(lower)) {
    // "in the U.S. The …": a dotted or sentence-final abbreviation ends the sentence before a typical opener.
    const canEnd = isDotted || SENTENCE_FINAL_ABBREVIATIONS.has(lower);
    return canEnd && next.length > 0 && SENTENCE_OPENERS.has(next.toLowerCase()) && !nextIsLower;
  }
  return true;
}

/** ".." and "…" end a sentence in Arabic headlines; in Latin text only when the next word starts in upper case. */
function ellipsisEndsSentence(text: string, end: number, language: ClaimLanguage): boolean {
  const next = wordAfter(text, end);
  if (next.length === 0) return true;
  if (language === "ar") return true;
  return !LOWER_LATIN.test(next[0]!);
}
