import { AppError } from "@/lib/errors";

/**
 * Who may do what, in one place. Every server action, route and lib operation checks an action from this map;
 * an action missing from a role's list is denied (deny by default). Rules that depend on the data rather than the
 * role — nobody approves their own verdict, stale versions — live in the workflow operations themselves.
 */
export const ROLES = ["EDITOR", "REVIEWER", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const ACTIONS = [
  "article.read",
  "article.import",
  "article.reextract",
  "claim.read",
  "claim.edit",
  "claim.dismiss",
  "claim.take",
  "claim.assign",
  "claim.plan",
  "source.manage",
  "verdict.propose",
  "verdict.review",
  "comment.create",
  "report.export",
  "report.publish",
  "report.correct",
  "user.manage",
  "importHost.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const EDITOR_ACTIONS: readonly Action[] = [
  "article.read",
  "article.import",
  "article.reextract",
  "claim.read",
  "claim.edit",
  "claim.dismiss",
  "claim.take",
  "source.manage",
  "verdict.propose",
  "comment.create",
  "report.export",
];

// Reviewers are the desk's senior staff: they also assign work, review verdicts and publish reports.
const REVIEWER_ACTIONS: readonly Action[] = [
  ...EDITOR_ACTIONS,
  "claim.assign",
  "claim.plan",
  "verdict.review",
  "report.publish",
  "report.correct",
];

const PERMISSIONS: Record<RoleName, ReadonlySet<Action>> = {
  EDITOR: new Set(EDITOR_ACTIONS),
  REVIEWER: new Set(REVIEWER_ACTIONS),
  ADMIN: new Set(ACTIONS),
};

export function can(role: string | null | undefined, action: string): boolean {
  if (!role || !(role in PERMISSIONS)) return false;
  return PERMISSIONS[role as RoleName].has(action as Action);
}

export interface Actor {
  id: string;
  role: string;
  name?: string;
}

export function assertCan(actor: Actor | null | undefined, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(actor.role, action)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow ${action}.`, { action, role: actor.role });
  }
}
