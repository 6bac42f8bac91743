import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { RatingValue } from "@/lib/ratings";
import { parseInput } from "@/lib/validation";
import { loadClaim } from "./internal/claim-access";
import { ZClaimRefInput, type TClaimRefInput } from "./schemas/claim-editing";
import { diffVerdictRevisions, type SourceRef, type VerdictDiff } from "./verdict-diff";

export interface VerdictRevision {
  id: string;
  revision: number;
  rating: RatingValue;
  rationale: string;
  correctionNote: string | null;
  createdAt: Date;
  author: { id: string; name: string };
  reviews: Array<{
    id: string;
    decision: "APPROVE" | "REQUEST_CHANGES";
    comment: string | null;
    createdAt: Date;
    reviewer: { id: string; name: string };
  }>;
  /** The claim's sources when this revision was proposed; null if the proposal predates source recording. */
  sources: SourceRef[] | null;
  /** What changed since the previous revision (null for the first). */
  changes: VerdictDiff | null;
  /** True for the revision the public report currently shows. */
  isPublished: boolean;
}

/** Every verdict revision of a claim, oldest first, each with its reviews and what changed since the one before. */
export async function findVerdictRevisions(actor: Actor, raw: TClaimRefInput): Promise<VerdictRevision[]> {
  assertCan(actor, "claim.read");
  const input = parseInput(ZClaimRefInput, raw);
  return db.$transaction(async (tx) => loadVerdictRevisions(tx, await loadClaim(tx, input)));
}

/** Shared with the claim workspace, which loads the claim itself. */
export async function loadVerdictRevisions(client: Tx, claim: { id: string; publishedVerdictId: string | null }) {
  const verdicts = await client.verdict.findMany({
    where: { claimId: claim.id },
    orderBy: { revision: "asc" },
    include: {
      author: { select: { id: true, name: true } },
      reviews: { orderBy: { createdAt: "asc" }, include: { reviewer: { select: { id: true, name: true } } } },
    },
  });
  // The sources each revision stood on are recorded on its proposal's audit event (see proposeVerdict).
  const proposals = await client.auditEvent.findMany({
    where: { claimId: claim.id, action: "verdict.propose" },
    select: { entityId: true, after: true },
  });
  const sourcesByVerdict = new Map(
    proposals.map((event) => [event.entityId, ((event.after ?? {}) as { sources?: SourceRef[] }).sources ?? null]),
  );

  const revisions: VerdictRevision[] = [];
  for (const verdict of verdicts) {
    const revision: VerdictRevision = {
      id: verdict.id,
      revision: verdict.revision,
      rating: verdict.rating,
      rationale: verdict.rationale,
      correctionNote: verdict.correctionNote,
      createdAt: verdict.createdAt,
      author: verdict.author,
      reviews: verdict.reviews.map((review) => ({
        id: review.id,
        decision: review.decision,
        comment: review.comment,
        createdAt: review.createdAt,
        reviewer: review.reviewer,
      })),
      sources: sourcesByVerdict.get(verdict.id) ?? null,
      changes: null,
      isPublished: verdict.id === claim.publishedVerdictId,
    };
    const previous = revisions[revisions.length - 1];
    if (previous) revision.changes = diffVerdictRevisions(previous, revision);
    revisions.push(revision);
  }
  return revisions;
}
