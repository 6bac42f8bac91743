import { can, type Actor } from "@/lib/auth/permissions";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { canTransition, isEditable, OPEN_STATUSES } from "./claim-status";
import { canUnassign } from "./unassign-claim";

export interface WorkspaceActions {
  /** Change span, normalized text, split, merge. */
  edit: boolean;
  dismiss: boolean;
  restore: boolean;
  take: boolean;
  assign: boolean;
  unassign: boolean;
  plan: boolean;
  manageSources: boolean;
  proposeVerdict: boolean;
  reviewVerdict: boolean;
  /** True when the actor could review but wrote the latest revision: the screen says why the buttons are missing. */
  reviewBlockedAsAuthor: boolean;
  comment: boolean;
  reopenForCorrection: boolean;
}

/**
 * Which buttons the claim workspace shows, from the same rules the operations enforce (role permissions, the state
 * machine, four eyes). A convenience for screens only: every operation checks again on the server.
 */
export function workspaceActions(
  actor: Actor,
  claim: { status: ClaimStatus; assigneeId: string | null },
  latestVerdict: { authorId: string } | null,
): WorkspaceActions {
  const editable = isEditable(claim.status);
  const open = OPEN_STATUSES.includes(claim.status);
  const reviewable = claim.status === "IN_REVIEW" && latestVerdict !== null && can(actor.role, "verdict.review");
  const ownRevision = latestVerdict?.authorId === actor.id;
  return {
    edit: editable && can(actor.role, "claim.edit"),
    dismiss: canTransition(claim.status, "DISMISSED") && can(actor.role, "claim.dismiss"),
    restore: claim.status === "DISMISSED" && can(actor.role, "claim.dismiss"),
    take: editable && claim.assigneeId === null && can(actor.role, "claim.take"),
    assign: open && can(actor.role, "claim.assign"),
    unassign: canUnassign(actor, claim.assigneeId),
    plan: open && can(actor.role, "claim.plan"),
    manageSources: editable && can(actor.role, "source.manage"),
    proposeVerdict: editable && can(actor.role, "verdict.propose"),
    reviewVerdict: reviewable && !ownRevision,
    reviewBlockedAsAuthor: reviewable && ownRevision,
    comment: can(actor.role, "comment.create"),
    reopenForCorrection: claim.status === "PUBLISHED" && can(actor.role, "report.correct"),
  };
}
