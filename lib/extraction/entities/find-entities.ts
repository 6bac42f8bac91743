import type { CueMatch } from "../cues";
import type { Token } from "../tokenize";
import type { ClaimEntity, ClaimLanguage, EntityKind } from "../types";
import { findNames } from "./find-names";
import { findNumbersAndDates } from "./find-numbers";

/** An entity plus whether it is a percentage (used by the scorer, not part of the public entity). */
export interface FoundEntity extends ClaimEntity {
  isPercent?: boolean;
}

// When two candidates overlap the longer wins; on equal length a date beats the number inside it («سنة 2015»).
const PRIORITY: Record<EntityKind, number> = { DATE: 5, NUMBER: 4, PERSON: 3, ORGANIZATION: 2, PLACE: 1 };

/** Lists the cues starting at each token, so entity finders can ask "is token i a month?" in constant time. */
export function indexCuesByToken(cues: readonly CueMatch[], tokenCount: number): (CueMatch[] | undefined)[] {
  const at: (CueMatch[] | undefined)[] = new Array(tokenCount);
  for (const cue of cues) (at[cue.first] ??= []).push(cue);
  return at;
}

/**
 * Entities in one claim. `text` is the working text (same offsets as the article); the caller copies the entity
 * text from the original article so `body.slice(start, end) === entity.text` always holds.
 */
export function findEntities(
  text: string,
  tokens: readonly Token[],
  cuesAt: readonly (CueMatch[] | undefined)[],
  language: ClaimLanguage,
): FoundEntity[] {
  const candidates: FoundEntity[] = [];
  for (const found of findNumbersAndDates(text, tokens, cuesAt, language)) {
    const entity: FoundEntity = { kind: found.kind, text: "", start: found.start, end: found.end };
    if (found.value !== undefined) entity.value = found.value;
    if (found.isPercent) entity.isPercent = true;
    candidates.push(entity);
  }
  for (const found of findNames(text, tokens, cuesAt, language)) {
    candidates.push({ kind: found.kind, text: "", start: found.start, end: found.end });
  }
  return resolveOverlaps(candidates.filter((entity) => entity.end > entity.start));
}

/** Sorts `candidates` in place (the caller's array is its own copy). */
function rankEntities(a: FoundEntity, b: FoundEntity): number {
  return b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start;
}

function byStart(a: FoundEntity, b: FoundEntity): number {
  return a.start - b.start;
}

/** Stable insertion sort: what Array.prototype.sort gives, for the few entities a claim has. */
function sortInPlace(entities: FoundEntity[], compare: (a: FoundEntity, b: FoundEntity) => number): FoundEntity[] {
  for (let i = 1; i < entities.length; i++) {
    const entity = entities[i]!;
    let j = i;
    for (; j > 0 && compare(entities[j - 1]!, entity) > 0; j--) entities[j] = entities[j - 1]!;
    entities[j] = entity;
  }
  return entities;
}

function overlapsAny(candidate: FoundEntity, kept: readonly FoundEntity[]): boolean {
  for (const other of kept) if (!(candidate.end <= other.start || candidate.start >= other.end)) return true;
  return false;
}

function resolveOverlaps(candidates: FoundEntity[]): FoundEntity[] {
  if (candidates.length < 2) return candidates;
  const kept: FoundEntity[] = [];
  for (const candidate of sortInPlace(candidates, rankEntities)) if (!overlapsAny(candidate, kept)) kept.push(candidate);
  return sortInPlace(kept, byStart);
}
