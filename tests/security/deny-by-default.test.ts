import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findArticles } from "@/lib/articles/find-articles";
import { getArticle } from "@/lib/articles/get-article";
import { importArticle } from "@/lib/articles/import-article";
import { previewFileImport, previewUrlImport } from "@/lib/articles/preview-import";
import { reextractArticle } from "@/lib/articles/reextract-article";
import type { Action, Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { addImportHost, findImportHosts, removeImportHost } from "@/lib/import-hosts/manage-import-hosts";
import { exportArticleReport, exportCollectionReport } from "@/lib/publishing/export-report";
import { findReports } from "@/lib/publishing/find-reports";
import { loadCollectionReport } from "@/lib/publishing/load-collection-report";
import { loadArticleReport } from "@/lib/publishing/load-report";
import { publishReport } from "@/lib/publishing/publish-report";
import { createUser } from "@/lib/users/create-user";
import { findAssignableUsers, findUsers } from "@/lib/users/find-users";
import { updateUser } from "@/lib/users/update-user";
import { countByStatus } from "@/lib/workflow/count-by-status";
import { findClaimHistory } from "@/lib/workflow/find-claim-history";
import { findComments } from "@/lib/workflow/find-comments";
import { findQueue } from "@/lib/workflow/find-queue";
import { findVerdictRevisions } from "@/lib/workflow/find-verdict-revisions";
import { getClaimWorkspace } from "@/lib/workflow/get-claim-workspace";
import { CLAIM_OPERATIONS, runClaimOperation, type ClaimOperationName } from "@/lib/workflow/operations";

/**
 * Deny by default, proved for every lib function that app/ (pages, server actions, route handlers) calls with a
 * signed-in user. Two properties:
 *  1. each one's FIRST permission check is the action the permission map documents for it, before it reads input or
 *     the database (a probe makes `assertCan` stop the call right there and records the action);
 *  2. with the real check, a role the map does not know and a missing actor are refused — before input validation, so
 *     the error says nothing about the input — and nothing is written.
 * Removing an `assertCan`, or checking a weaker action, fails this file.
 */

class ProbeStop extends Error {}
const probe = vi.hoisted(() => ({ active: false, actions: [] as string[] }));
vi.mock("@/lib/auth/permissions", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/permissions")>();
  return {
    ...real,
    assertCan(actor: Actor | null | undefined, action: Action) {
      if (probe.active) {
        probe.actions.push(action);
        throw new ProbeStop(action);
      }
      return real.assertCan(actor, action);
    },
  };
});

afterEach(() => {
  probe.active = false;
  probe.actions = [];
});

/** The permission each claim operation checks (lib/workflow/README.md); a new operation must be added here. */
const CLAIM_OPERATION_ACTIONS: Record<ClaimOperationName, Action> = {
  addClaim: "claim.edit",
  updateClaimSpan: "claim.edit",
  updateNormalizedText: "claim.edit",
  splitClaim: "claim.edit",
  mergeClaims: "claim.edit",
  dismissClaim: "claim.dismiss",
  restoreClaim: "claim.dismiss",
  takeClaim: "claim.take",
  assignClaim: "claim.assign",
  // Its own claim is the editor's to give back; anyone else's needs claim.assign, checked once the claim is loaded.
  unassignClaim: "claim.take",
  setClaimPlan: "claim.plan",
  bulkAssign: "claim.assign",
  bulkDismiss: "claim.dismiss",
  addSource: "source.manage",
  updateSource: "source.manage",
  removeSource: "source.manage",
  proposeVerdict: "verdict.propose",
  reviewVerdict: "verdict.review",
  reopenClaimForCorrection: "report.correct",
  addComment: "comment.create",
};

// Inputs that are wrong in every way (a real check must refuse before it looks at them).
const JUNK = { articleId: "not-a-uuid", claimId: 42, version: "x" };
const BASE_URL = "https://sanad.example.org";

/** Every other entry point app/ reaches with a user, with the action it must check first. */
const ENTRY_POINTS: Record<string, [Action, (actor: Actor) => Promise<unknown>]> = {
  ...Object.fromEntries(
    (Object.keys(CLAIM_OPERATION_ACTIONS) as ClaimOperationName[]).map((name) => [
      `claim operation ${name}`,
      [CLAIM_OPERATION_ACTIONS[name], (actor: Actor) => runClaimOperation(actor, name, JUNK)],
    ]),
  ),
  findQueue: ["claim.read", (a) => findQueue(a, { status: "NOPE", limit: -1 } as never)],
  countByStatus: ["claim.read", (a) => countByStatus(a, { minScore: "high" } as never)],
  findVerdictRevisions: ["claim.read", (a) => findVerdictRevisions(a, JUNK as never)],
  findComments: ["claim.read", (a) => findComments(a, JUNK as never)],
  findClaimHistory: ["claim.read", (a) => findClaimHistory(a, JUNK as never)],
  getClaimWorkspace: ["claim.read", (a) => getClaimWorkspace(a, JUNK as never)],
  findArticles: ["article.read", (a) => findArticles(a)],
  getArticle: ["article.read", (a) => getArticle(a, "not-a-uuid")],
  importArticle: ["article.import", (a) => importArticle(a, { title: "", body: "" })],
  previewFileImport: ["article.import", (a) => previewFileImport(a, { filename: "x.exe", bytes: new Uint8Array([0]) })],
  previewUrlImport: ["article.import", (a) => previewUrlImport(a, "file:///etc/passwd")],
  reextractArticle: ["article.reextract", (a) => reextractArticle(a, "not-a-uuid")],
  exportArticleReport: ["report.export", (a) => exportArticleReport(a, { articleId: "x", format: "exe", baseUrl: "no" } as never)],
  exportCollectionReport: ["report.export", (a) => exportCollectionReport(a, { format: "exe", baseUrl: "no" })],
  loadArticleReport: ["report.export", (a) => loadArticleReport(a, { articleId: randomUUID(), locale: "ar", baseUrl: BASE_URL })],
  loadCollectionReport: ["report.export", (a) => loadCollectionReport(a, { from: "yesterday", baseUrl: "no" } as never)],
  findReports: ["report.export", (a) => findReports(a)],
  publishReport: ["report.publish", (a) => publishReport(a, { articleId: randomUUID() })],
  createUser: ["user.manage", (a) => createUser(a, { name: "", email: "x", password: "", role: "ADMIN" })],
  updateUser: ["user.manage", (a) => updateUser(a, { userId: "x", role: "ADMIN" })],
  findUsers: ["user.manage", (a) => findUsers(a)],
  findAssignableUsers: ["claim.read", (a) => findAssignableUsers(a)],
  findImportHosts: ["importHost.manage", (a) => findImportHosts(a)],
  addImportHost: ["importHost.manage", (a) => addImportHost(a, "http://not a host")],
  removeImportHost: ["importHost.manage", (a) => removeImportHost(a, "x")],
};

async function footprint() {
  const [users, articles, claims, sources, verdicts, reviews, comments, reports, hosts, auditEvents] = await Promise.all([
    db.user.count(), db.article.count(), db.claim.count(), db.source.count(), db.verdict.count(), db.review.count(),
    db.comment.count(), db.report.count(), db.allowedImportHost.count(), db.auditEvent.count(),
  ]);
  return { users, articles, claims, sources, verdicts, reviews, comments, reports, hosts, auditEvents };
}

describe("deny by default", () => {
  it("lists every claim operation the screens and the JSON API can call", () => {
    expect(Object.keys(CLAIM_OPERATION_ACTIONS).sort()).toEqual(Object.keys(CLAIM_OPERATIONS).sort());
  });

  it.each(Object.keys(ENTRY_POINTS))("%s checks its documented permission before anything else", async (name) => {
    const [action, call] = ENTRY_POINTS[name]!;
    probe.active = true;
    await expect(call({ id: randomUUID(), role: "ADMIN" })).rejects.toBeInstanceOf(ProbeStop);
    expect(probe.actions).toEqual([action]);
  });

  it.each(Object.keys(ENTRY_POINTS))("%s refuses an unknown role and a missing actor, and writes nothing", async (name) => {
    const [, call] = ENTRY_POINTS[name]!;
    const before = await footprint();
    await expect(call({ id: randomUUID(), role: "INTERN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call(null as unknown as Actor)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await footprint()).toEqual(before);
  });
});
