import type { CueMatch } from "./cues";
import type { Token } from "./tokenize";
import type { Span } from "./types";

/**
 * Splits a sentence into atomic claims at clause connectives («، حيث», «، كما», «وهو ما», «بل», ", while", ", mais").
 *
 * Three rules keep a fact attached to the clause it depends on:
 *  - a clause opened by a frame («كما حدث …», "as happened …") stays with the clause after it, which completes it;
 *  - «بل» / "but" that closes a "not only" («لا يقتصر … بل») does not split: the second half has no subject;
 *  - a piece shorter than MIN_CLAUSE_WORDS words is too small to check alone and is merged back.
 */

export interface Clause extends Span {
  /** Index of the first and one past the last token of the sentence that fall in this clause. */
  firstToken: number;
  endToken: number;
}

export const MIN_CLAUSE_WORDS = 4;

const COMMA = /[,\u060C;\u061B]/;
const QUOTE_OPENER = /["«“]/;

function hasSemicolonBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3b || code === 0x061b) return true;
  }
  return false;
}

function hasCommaBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x060c || code === 0x3b || code === 0x061b) return true;
  }
  return false;
}

export function splitClauses(text: string, sentence: Span, tokens: readonly Token[], cues: readonly CueMatch[]): Clause[] {
  const cuts = findCuts(text, tokens, cues);
  if (cuts.length === 0) return [wholeSentence(sentence, tokens)];

  // Token boundaries of the pieces: [0, cut1), [cut1, cut2), … [cutN, tokens.length).
  let bounds = [0, ...cuts, tokens.length];
  bounds = keepFramesWhole(bounds, cues);
  bounds = mergeShortPieces(bounds, tokens);

  const clauses: Clause[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const firstToken = bounds[p]!;
    const endToken = bounds[p + 1]!;
    const start = p === 0 ? sentence.start : tokens[firstToken]!.start;
    // A piece ends at the comma before the next connective; the last piece keeps the sentence's final punctuation.
    const end = p + 2 === bounds.length ? sentence.end : separatorPosition(text, tokens[endToken - 1]!, tokens[endToken]!);
    clauses.push({ start, end, firstToken, endToken });
  }
  return clauses;
}

function wholeSentence(sentence: Span, tokens: readonly Token[]): Clause {
  return { start: sentence.start, end: sentence.end, firstToken: 0, endToken: tokens.length };
}

/** Token indices where a new clause starts. */
function findCuts(text: string, tokens: readonly Token[], cues: readonly CueMatch[]): number[] {
  const cuts = new Set<number>();
  for (const cue of cues) {
    if (cue.kind !== "splitConnective" && cue.kind !== "freeSplitConnective") continue;
    // A preposition glued to the word changes its meaning («بحيث» is not «حيث»).
    if (cue.first === 0 || cue.prefixLetters > 1) continue;
    const gapStart = tokens[cue.first - 1]!.end;
    const gapEnd = tokens[cue.first]!.start;
    if (cue.kind === "splitConnective" && !hasCommaBetween(text, gapStart, gapEnd)) continue;
    if (cue.kind === "freeSplitConnective" && QUOTE_OPENER.test(text.slice(gapStart, gapEnd))) continue;
    if (closesCorrelative(tokens, cues, cue)) continue;
    cuts.add(cue.first);
  }
  // A semicolon between two clauses separates two statements even without a connective.
  for (let i = 1; i < tokens.length; i++) {
    if (hasSemicolonBetween(text, tokens[i - 1]!.end, tokens[i]!.start)) cuts.add(i);
  }
  return cuts.size === 0 ? [] : [...cuts].sort((a, b) => a - b);
}

const CORRELATIVE_CLOSERS = new Set(["بل", "but", "mais"]);

function closesCorrelative(tokens: readonly Token[], cues: readonly CueMatch[], cue: CueMatch): boolean {
  const word = tokens[cue.first]!;
  if (!CORRELATIVE_CLOSERS.has(word.key) && !CORRELATIVE_CLOSERS.has(word.keyNoConjunction)) return false;
  return cues.some((other) => other.kind === "correlative" && other.first < cue.first);
}

/** Drops the cut after a piece that opens with a frame («كما حدث عقب هجمات باتاكلان …، حين …»). */
function keepFramesWhole(bounds: number[], cues: readonly CueMatch[]): number[] {
  const kept = [bounds[0]!];
  for (let p = 1; p < bounds.length; p++) {
    const pieceStart = kept[kept.length - 1]!;
    const isLast = p === bounds.length - 1;
    const opensWithFrame = cues.some((cue) => cue.kind === "frameOpener" && cue.first === pieceStart);
    if (!isLast && opensWithFrame) continue;
    kept.push(bounds[p]!);
  }
  return kept;
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (!tokens[i]!.isNumber) count++;
  return count;
}

function mergeShortPieces(bounds: number[], tokens: readonly Token[]): number[] {
  const result = [...bounds];
  let changed = true;
  while (changed && result.length > 2) {
    changed = false;
    for (let p = 0; p + 1 < result.length; p++) {
      if (wordsBetween(tokens, result[p]!, result[p + 1]!) >= MIN_CLAUSE_WORDS) continue;
      // Merge a short piece into the following one, or into the previous one when it is the last piece.
      result.splice(p + 1 < result.length - 1 ? p + 1 : p, 1);
      changed = true;
      break;
    }
  }
  return result;
}

/** The position of the comma (or the end of the previous word) that ends a clause before the next connective. */
function separatorPosition(text: string, previous: Token, next: Token): number {
  for (let i = previous.end; i < next.start; i++) if (COMMA.test(text[i]!)) return i;
  return previous.end;
}
