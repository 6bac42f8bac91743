import type { RatingValue } from "@/lib/ratings";

/**
 * What changed between two verdict revisions, for the reviewer who sent the first one back. Pure: no database, so
 * the workspace can diff any two revisions it already loaded, and it is safe to import in client components.
 */

export interface SourceRef {
  id: string;
  title: string;
  url: string;
  stance?: string;
}

export interface VerdictRevisionSnapshot {
  revision: number;
  rating: RatingValue;
  rationale: string;
  correctionNote?: string | null;
  /** The claim's sources when the revision was proposed (from its audit event); null when not recorded. */
  sources?: readonly SourceRef[] | null;
}

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface VerdictDiff {
  from: number;
  to: number;
  rating: { from: RatingValue; to: RatingValue } | null;
  /** The rationale as runs of unchanged, removed and added text: `same`+`removed` spell the old, `same`+`added` the new. */
  rationale: { changed: boolean; parts: DiffPart[] };
  correctionNote: { from: string | null; to: string | null } | null;
  /** Null when either revision predates source recording, so "no change" is never claimed without evidence. */
  sources: { added: SourceRef[]; removed: SourceRef[] } | null;
}

export function diffVerdictRevisions(a: VerdictRevisionSnapshot, b: VerdictRevisionSnapshot): VerdictDiff {
  const noteFrom = a.correctionNote ?? null;
  const noteTo = b.correctionNote ?? null;
  const parts = diffText(a.rationale, b.rationale);
  return {
    from: a.revision,
    to: b.revision,
    rating: a.rating === b.rating ? null : { from: a.rating, to: b.rating },
    rationale: { changed: parts.some((part) => part.kind !== "same"), parts },
    correctionNote: noteFrom === noteTo ? null : { from: noteFrom, to: noteTo },
    sources: a.sources && b.sources ? diffSources(a.sources, b.sources) : null,
  };
}

function diffSources(before: readonly SourceRef[], after: readonly SourceRef[]) {
  const beforeIds = new Set(before.map((s) => s.id));
  const afterIds = new Set(after.map((s) => s.id));
  return {
    added: after.filter((s) => !beforeIds.has(s.id)),
    removed: before.filter((s) => !afterIds.has(s.id)),
  };
}

// Word-level LCS costs rows × columns; past this the diff falls back to whole lines, then to "all replaced".
// Rationales are a few hundred words, so the word diff is the normal path.
const MAX_DIFF_CELLS = 4_000_000;

/** Word-level diff (whitespace kept as its own tokens, so joining the parts restores each text exactly). */
export function diffText(before: string, after: string): DiffPart[] {
  const words = diffTokens(tokenizeWords(before), tokenizeWords(after));
  if (words) return words;
  const lines = diffTokens(tokenizeLines(before), tokenizeLines(after));
  if (lines) return lines;
  return compact([
    { kind: "removed", text: before },
    { kind: "added", text: after },
  ]);
}

function tokenizeWords(text: string): string[] {
  return text.split(/(\s+)/u).filter((token) => token !== "");
}

function tokenizeLines(text: string): string[] {
  return text.split(/(?<=\n)/u).filter((token) => token !== "");
}

function diffTokens(a: string[], b: string[]): DiffPart[] | null {
  // Edits are usually local: strip the common head and tail so the table covers only the edited middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  if ((midA.length + 1) * (midB.length + 1) > MAX_DIFF_CELLS) return null;

  const parts: DiffPart[] = [{ kind: "same", text: a.slice(0, head).join("") }];
  parts.push(...lcsDiff(midA, midB));
  parts.push({ kind: "same", text: a.slice(a.length - tail).join("") });
  return foldLoneSpaces(compact(parts));
}

/**
 * "12 فرداً" → "10 أفراد" reads as one replacement, not two separated by an unchanged space: a whitespace-only run
 * between two changes joins both sides of the change.
 */
function foldLoneSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed) out.push({ kind: "removed", text: removed });
    if (added) out.push({ kind: "added", text: added });
    removed = added = "";
  };
  parts.forEach((part, index) => {
    const inChange = removed !== "" || added !== "";
    const next = parts[index + 1];
    if (part.kind === "removed") removed += part.text;
    else if (part.kind === "added") added += part.text;
    else if (inChange && next && next.kind !== "same" && /^\s+$/u.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const columns = b.length + 1;
  // lengths[i * columns + j] = LCS length of a[i..] and b[j..]
  const lengths = new Uint32Array((a.length + 1) * columns);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * columns + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * columns + j + 1]! + 1
          : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) {
      parts.push({ kind: "removed", text: a[i++]! });
    } else {
      parts.push({ kind: "added", text: b[j++]! });
    }
  }
  while (i < a.length) parts.push({ kind: "removed", text: a[i++]! });
  while (j < b.length) parts.push({ kind: "added", text: b[j++]! });
  return parts;
}

/** Joins neighbouring parts of the same kind and drops empty ones, so the UI renders few, whole runs. */
function compact(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (part.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
