import { AppError } from "@/lib/errors";

/**
 * Claim spans are UTF-16 offsets into the article body — JavaScript string indices, as the extractor, the editor's
 * selection API and the report highlighter all use — so `body.slice(start, end) === text` holds everywhere.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

const EDGE_WHITESPACE = /\s/u;
// Anything that can sit between two adjacent claims without carrying meaning of its own: spaces, line breaks,
// punctuation (Arabic comma/semicolon/question mark included: they are \p{P}) and the Arabic tatweel.
const JOINER_ONLY = /^[\s\p{P}\u0640]*$/u;
// A sentence ends at Latin or Arabic terminal punctuation followed by whitespace, or at a line break.
const SENTENCE_BREAK = /[.!?؟…۔](?=\s)|\n+/gu;

function isLowSurrogate(code: number) {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when an offset would cut a surrogate pair (an emoji, a rare CJK character) in half. */
function splitsCharacter(body: string, offset: number): boolean {
  return offset > 0 && offset < body.length && isLowSurrogate(body.charCodeAt(offset));
}

/**
 * Checks a selection against the body and trims whitespace at its edges by moving the offsets (never by editing the
 * text), so a sloppy double-click selection still yields an exact span. Fails with BAD_REQUEST when the selection is
 * out of bounds, cuts a character in half, or holds nothing but whitespace.
 */
export function resolveSpan(body: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new AppError("BAD_REQUEST", `The selection ${start}–${end} is not inside the article (0–${body.length}).`, {
      start,
      end,
      length: body.length,
    });
  }
  if (splitsCharacter(body, start) || splitsCharacter(body, end)) {
    throw new AppError("BAD_REQUEST", "The selection cuts a character in half; select whole characters.", { start, end });
  }
  let from = start;
  let to = end;
  while (from < to && EDGE_WHITESPACE.test(body[from]!)) from++;
  while (to > from && EDGE_WHITESPACE.test(body[to - 1]!)) to--;
  if (from === to) throw new AppError("BAD_REQUEST", "The selection is blank; select the words of the claim.", { start, end });
  return { start: from, end: to, text: body.slice(from, to) };
}

/** How many sentences end before `offset`: the claim's sentence number, as the extractor counts it (0-based). */
export function sentenceIndexAt(body: string, offset: number): number {
  let count = 0;
  for (const match of body.slice(0, offset).matchAll(SENTENCE_BREAK)) {
    // A break at the very start of the body (a leading blank line) does not end a sentence.
    if ((match.index ?? 0) > 0) count++;
  }
  return count;
}

/** Two spans can merge when only whitespace and punctuation stand between them (`first` must end before `second`). */
export function areAdjacent(body: string, first: { end: number }, second: { start: number }): boolean {
  if (second.start < first.end) return false;
  return JOINER_ONLY.test(body.slice(first.end, second.start));
}

/** Whitespace-collapsed text for `normalizedText` when the editor gives none: what a reader would quote. */
export function normalizeClaimText(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * The body around a span, cut at word boundaries, for the workspace: enough context to judge the claim without
 * shipping the whole article with every claim.
 */
export function excerptAround(body: string, span: { start: number; end: number }, context = 280) {
  let from = Math.max(0, span.start - context);
  let to = Math.min(body.length, span.end + context);
  // A cut that lands mid-word shrinks to the nearest whitespace (never into the quote), so no word is half shown.
  while (from > 0 && from < span.start && !EDGE_WHITESPACE.test(body[from - 1]!)) from++;
  while (to < body.length && to > span.end && !EDGE_WHITESPACE.test(body[to]!)) to--;
  return {
    before: body.slice(from, span.start),
    quote: body.slice(span.start, span.end),
    after: body.slice(span.end, to),
    truncatedStart: from > 0,
    truncatedEnd: to < body.length,
  };
}
