import { db } from "@/lib/db";
import type { ReportSource } from "@/lib/reports";
import { publicSources, type ClaimRow } from "./report-rows";

/**
 * What the public page shows of a claim, frozen when the claim is published. The verdict is frozen by
 * `publishedVerdictId` (revisions are never edited), but the quote, the normalised text and the sources live on the
 * claim, and a claim reopened for correction is editable again: without this snapshot every unreviewed edit made
 * during a correction would appear on the public page at once, next to the old verdict, bypassing the four-eyes review.
 *
 * The snapshot is stored on the claim's `claim.publish` audit event, which the database keeps append-only, so the
 * record of what readers were shown cannot be rewritten either.
 */
export interface PublishedClaimSnapshot {
  text: string;
  normalizedText: string;
  start: number;
  end: number;
  sources: ReportSource[];
}

type SnapshotSource = Omit<ReportSource, "accessedAt" | "publishedAt"> & { accessedAt: string; publishedAt: string | null };

export function snapshotOf(claim: Pick<ClaimRow, "text" | "normalizedText" | "start" | "end" | "sources">): PublishedClaimSnapshot {
  return { text: claim.text, normalizedText: claim.normalizedText, start: claim.start, end: claim.end, sources: publicSources(claim.sources) };
}

function revive(value: unknown): PublishedClaimSnapshot | null {
  const snapshot = value as { text?: unknown; sources?: unknown } | null;
  if (!snapshot || typeof snapshot.text !== "string" || !Array.isArray(snapshot.sources)) return null;
  const stored = value as Omit<PublishedClaimSnapshot, "sources"> & { sources: SnapshotSource[] };
  return {
    ...stored,
    sources: stored.sources.map((s) => ({ ...s, accessedAt: new Date(s.accessedAt), publishedAt: s.publishedAt ? new Date(s.publishedAt) : null })),
  };
}

/**
 * The snapshot from each claim's latest publication. A claim whose latest `claim.publish` event carries none (it was
 * published before snapshots were recorded) is left out, never given an older, staler one.
 */
export async function findPublishedSnapshots(claimIds: readonly string[]): Promise<Map<string, PublishedClaimSnapshot>> {
  const events = await db.auditEvent.findMany({
    where: { claimId: { in: [...claimIds] }, action: "claim.publish" },
    orderBy: { id: "desc" },
    select: { claimId: true, after: true },
  });
  const seen = new Set<string>();
  const snapshots = new Map<string, PublishedClaimSnapshot>();
  for (const event of events) {
    if (!event.claimId || seen.has(event.claimId)) continue;
    seen.add(event.claimId);
    const snapshot = revive((event.after as { published?: unknown } | null)?.published);
    if (snapshot) snapshots.set(event.claimId, snapshot);
  }
  return snapshots;
}
