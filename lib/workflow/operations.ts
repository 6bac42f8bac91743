import type { Actor } from "@/lib/auth/permissions";
import { addClaim } from "./add-claim";
import { addComment } from "./add-comment";
import { addSource } from "./add-source";
import { assignClaim } from "./assign-claim";
import { bulkAssign } from "./bulk-assign";
import { bulkDismiss } from "./bulk-dismiss";
import { dismissClaim } from "./dismiss-claim";
import { mergeClaims } from "./merge-claims";
import { proposeVerdict } from "./propose-verdict";
import { removeSource } from "./remove-source";
import { reopenClaimForCorrection } from "./reopen-claim";
import { restoreClaim } from "./restore-claim";
import { reviewVerdict } from "./review-verdict";
import { setClaimPlan } from "./set-claim-plan";
import { splitClaim } from "./split-claim";
import { takeClaim } from "./take-claim";
import { unassignClaim } from "./unassign-claim";
import { updateClaimSpan } from "./update-claim-span";
import { updateNormalizedText } from "./update-normalized-text";
import { updateSource } from "./update-source";

/**
 * The claim operations that screens and the JSON API may invoke by name. Each validates its own input and checks
 * permissions and workflow rules, so callers only route; a name missing here is refused.
 */
export const CLAIM_OPERATIONS = {
  addClaim,
  updateClaimSpan,
  updateNormalizedText,
  splitClaim,
  mergeClaims,
  dismissClaim,
  restoreClaim,
  takeClaim,
  assignClaim,
  unassignClaim,
  setClaimPlan,
  bulkAssign,
  bulkDismiss,
  addSource,
  updateSource,
  removeSource,
  proposeVerdict,
  reviewVerdict,
  reopenClaimForCorrection,
  addComment,
} as const;

export type ClaimOperationName = keyof typeof CLAIM_OPERATIONS;

export function isClaimOperation(name: string): name is ClaimOperationName {
  return Object.hasOwn(CLAIM_OPERATIONS, name);
}

export function runClaimOperation(actor: Actor, name: ClaimOperationName, input: unknown): Promise<unknown> {
  const operation = CLAIM_OPERATIONS[name] as (actor: Actor, input: unknown) => Promise<unknown>;
  return operation(actor, input);
}
