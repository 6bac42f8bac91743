/**
 * Cuts an article body into plain and highlighted runs for display. Claims may overlap (an editor can add a claim
 * inside another); the earlier-starting claim wins the shared characters so every character is shown exactly once
 * and the text on screen is always the stored body, unchanged.
 */
export interface SpanLike {
  id: string;
  start: number;
  end: number;
}

export type Segment<T extends SpanLike> =
  | { kind: "text"; start: number; end: number; text: string }
  | { kind: "claim"; start: number; end: number; text: string; claim: T };

export function segmentArticle<T extends SpanLike>(body: string, claims: readonly T[]): Segment<T>[] {
  const sorted = [...claims]
    .filter((c) => c.start >= 0 && c.end <= body.length && c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const claim of sorted) {
    const start = Math.max(claim.start, cursor);
    if (start >= claim.end) continue;
    if (start > cursor) segments.push({ kind: "text", start: cursor, end: start, text: body.slice(cursor, start) });
    segments.push({ kind: "claim", start, end: claim.end, text: body.slice(start, claim.end), claim });
    cursor = claim.end;
  }
  if (cursor < body.length) segments.push({ kind: "text", start: cursor, end: body.length, text: body.slice(cursor) });
  return segments;
}
