import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

/**
 * The claim state machine: the one table that says where a claim may go next. Every operation that changes a claim's
 * status calls `assertTransition` inside its transaction, so a rule added here holds for the whole app.
 *
 * Which operation takes each edge (and which permission it needs) lives with the operation:
 *   NEW → IN_RESEARCH                 takeClaim, addSource, proposeVerdict (passes through),  claim.take / source.manage / verdict.propose
 *                                     mergeClaims (when the other half was in research)       claim.edit
 *   IN_RESEARCH → IN_REVIEW           proposeVerdict                                          verdict.propose
 *   CHANGES_REQUESTED → IN_RESEARCH   allowed, but no operation takes it today: a sent-back claim keeps
 *                                     CHANGES_REQUESTED until its next proposal, so the queue shows it needs rework
 *   CHANGES_REQUESTED → IN_REVIEW     proposeVerdict (a new revision answers the review)      verdict.propose
 *   IN_REVIEW → APPROVED              reviewVerdict APPROVE                                   verdict.review
 *   IN_REVIEW → CHANGES_REQUESTED     reviewVerdict REQUEST_CHANGES                           verdict.review
 *   NEW | IN_RESEARCH | CHANGES_REQUESTED → DISMISSED    dismissClaim                        claim.dismiss
 *   DISMISSED → the status it was dismissed from (or NEW) restoreClaim                       claim.dismiss
 *   APPROVED → PUBLISHED              publishReport (lib/publishing), never a claim screen     report.publish
 *   PUBLISHED → IN_RESEARCH           reopenClaimForCorrection                                report.correct
 *
 * A claim in review, approved or published is deliberately not dismissable: once a verdict is on the table the
 * claim leaves the desk only through a review decision or a correction, so nothing silently drops out of a report.
 */
export const CLAIM_TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  NEW: ["IN_RESEARCH", "DISMISSED"],
  IN_RESEARCH: ["IN_REVIEW", "DISMISSED"],
  IN_REVIEW: ["APPROVED", "CHANGES_REQUESTED"],
  CHANGES_REQUESTED: ["IN_RESEARCH", "IN_REVIEW", "DISMISSED"],
  APPROVED: ["PUBLISHED"],
  DISMISSED: ["NEW", "IN_RESEARCH", "CHANGES_REQUESTED"],
  PUBLISHED: ["IN_RESEARCH"],
};

export const CLAIM_STATUSES = Object.keys(CLAIM_TRANSITIONS) as ClaimStatus[];

/** Statuses in which the claim's text, span and evidence may still change: before a verdict is put to review. */
export const EDITABLE_STATUSES: readonly ClaimStatus[] = ["NEW", "IN_RESEARCH", "CHANGES_REQUESTED"];

/** Statuses that are still somebody's work: they can be assigned and planned. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ["NEW", "IN_RESEARCH", "IN_REVIEW", "CHANGES_REQUESTED"];

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from]?.includes(to) ?? false;
}

export function assertTransition(from: ClaimStatus, to: ClaimStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError("INVALID_TRANSITION", `Cannot move a claim from ${from} to ${to}.`, { from, to });
  }
}

export function isEditable(status: ClaimStatus): boolean {
  return EDITABLE_STATUSES.includes(status);
}

/**
 * Refuses changes to a claim once its verdict is in review, approved or published (or while it is dismissed): the
 * reviewer must approve exactly what they read. `what` names the change for the message, e.g. "change the span of".
 */
export function assertEditable(status: ClaimStatus, what: string): void {
  if (!isEditable(status)) {
    throw new AppError("INVALID_TRANSITION", `Cannot ${what} a claim that is ${status}; only NEW, IN_RESEARCH or CHANGES_REQUESTED claims can change.`, {
      status,
    });
  }
}
