import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ratingLabel, requiresSource } from "@/lib/ratings";
import { parseInput } from "@/lib/validation";
import { assertTransition } from "./claim-status";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZProposeVerdictInput, type TProposeVerdictInput } from "./schemas/verdicts";

/**
 * Proposes a verdict: always a new revision (n + 1), never an overwrite, so every earlier proposal stays readable and
 * the reviewer can see what changed. The claim goes to IN_REVIEW (from NEW it passes through IN_RESEARCH).
 *
 * The audit event records the claim's sources at this moment (id, title, url, stance): sources are edited and
 * removed later, and the revision diff needs to know which evidence each revision stood on.
 */
export async function proposeVerdict(actor: Actor, raw: TProposeVerdictInput) {
  assertCan(actor, "verdict.propose");
  const input = parseInput(ZProposeVerdictInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    if (claim.status === "NEW") assertTransition("NEW", "IN_RESEARCH");
    assertTransition(claim.status === "NEW" ? "IN_RESEARCH" : claim.status, "IN_REVIEW");

    const sources = await tx.source.findMany({
      where: { claimId: claim.id },
      select: { id: true, title: true, url: true, stance: true },
      orderBy: { createdAt: "asc" },
    });
    if (requiresSource(input.rating) && sources.length === 0) {
      throw new AppError(
        "CONFLICT",
        `Add at least one source before rating this claim "${ratingLabel(input.rating, "en")}"; only Unverifiable may stand without sources.`,
        { rating: input.rating },
      );
    }
    // A claim whose verdict is already public is being corrected: readers are owed a note saying what changed.
    const isCorrection = claim.publishedVerdictId !== null;
    if (isCorrection && !input.correctionNote) {
      throw new AppError("BAD_REQUEST", "This verdict is already published; add a correction note for readers.", {
        fields: "correctionNote",
      });
    }

    const latest = await tx.verdict.findFirst({ where: { claimId: claim.id }, orderBy: { revision: "desc" }, select: { revision: true } });
    const updatedClaim = await updateClaimAtVersion(tx, claim, { status: "IN_REVIEW" });
    const verdict = await tx.verdict.create({
      data: {
        claimId: claim.id,
        revision: (latest?.revision ?? 0) + 1,
        rating: input.rating,
        rationale: input.rationale,
        correctionNote: isCorrection ? input.correctionNote : null,
        authorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "verdict.propose",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId: claim.id,
      before: { claimStatus: claim.status },
      after: {
        revision: verdict.revision,
        rating: verdict.rating,
        rationale: verdict.rationale,
        correctionNote: verdict.correctionNote,
        sources,
        claimStatus: updatedClaim.status,
      },
    });
    return { verdict, claim: updatedClaim };
  });
}
