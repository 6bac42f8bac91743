import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadClaimAtVersion, updateClaimAtVersion } from "./internal/claim-access";
import { ZAddCommentInput, type TAddCommentInput } from "./schemas/comments";

/**
 * Adds to a claim's discussion thread, in any status (a published claim can still be talked about). Like every
 * change to a claim it carries the version and bumps it, so someone writing a comment learns when the claim moved
 * under them; the screen keeps their text and lets them resend.
 */
export async function addComment(actor: Actor, raw: TAddCommentInput) {
  assertCan(actor, "comment.create");
  const input = parseInput(ZAddCommentInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await loadClaimAtVersion(tx, input);
    const updatedClaim = await updateClaimAtVersion(tx, claim, {});
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: actor.id, body: input.body },
      include: { author: { select: { id: true, name: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.add",
      entityType: "Comment",
      entityId: comment.id,
      claimId: claim.id,
      after: { body: comment.body },
    });
    return { comment, claim: updatedClaim };
  });
}
