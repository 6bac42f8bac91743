import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignClaim } from "@/lib/workflow/assign-claim";
import { bulkAssign } from "@/lib/workflow/bulk-assign";
import { bulkDismiss } from "@/lib/workflow/bulk-dismiss";
import { setClaimPlan } from "@/lib/workflow/set-claim-plan";
import { takeClaim } from "@/lib/workflow/take-claim";
import { unassignClaim } from "@/lib/workflow/unassign-claim";
import {
  auditEventsSince,
  auditMark,
  createArticle,
  createClaim,
  createUser,
  expectAppError,
  ref,
} from "../helpers/workflow-fixtures";

const PHRASES = ["باريس والرباط", "عبد اللطيف الحموشي", "برونو ريتيليو", "عبد الوافي لفتيت", "هجمات باتاكلان"];


async function claimsInOneArticle(count: number, overrides: Parameters<typeof createClaim>[2] = {}) {
  const article = await createArticle();
  const claims = [];
  for (const phrase of PHRASES.slice(0, count)) claims.push(await createClaim(article, phrase, overrides));
  return claims;
}

describe("assignClaim", () => {
  it("assigns an active person without changing the status, with one audit event", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1);
    const mark = await auditMark();
    const updated = await assignClaim(reviewer, { ...ref(claim!), assigneeId: editor.id });
    expect(updated).toMatchObject({ assigneeId: editor.id, status: "NEW", version: claim!.version + 1 });
    const events = await auditEventsSince(mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "claim.assign", actorId: reviewer.id, before: { assigneeId: null }, after: { assigneeId: editor.id } });
  });

  it("is a reviewer's call: an editor is FORBIDDEN", async () => {
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1);
    await expectAppError(assignClaim(editor, { ...ref(claim!), assigneeId: editor.id }), "FORBIDDEN");
  });

  it("refuses a deactivated assignee and a closed claim", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const gone = await createUser({ active: false });
    const editor = await createUser();
    const [open, approved] = await claimsInOneArticle(2);
    await expectAppError(assignClaim(reviewer, { ...ref(open!), assigneeId: gone.id }), "BAD_REQUEST");
    await db.claim.update({ where: { id: approved!.id }, data: { status: "APPROVED" } });
    await expectAppError(assignClaim(reviewer, { ...ref(approved!), assigneeId: editor.id }), "INVALID_TRANSITION");
  });
});

describe("takeClaim and unassignClaim", () => {
  it("takes a NEW claim for oneself and starts research", async () => {
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1);
    const taken = await takeClaim(editor, ref(claim!));
    expect(taken).toMatchObject({ assigneeId: editor.id, status: "IN_RESEARCH" });
  });

  it("keeps CHANGES_REQUESTED when the author takes a sent-back claim", async () => {
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1, { status: "CHANGES_REQUESTED" });
    expect(await takeClaim(editor, ref(claim!))).toMatchObject({ assigneeId: editor.id, status: "CHANGES_REQUESTED" });
  });

  it("refuses to take someone else's claim or a claim in review", async () => {
    const owner = await createUser({ name: "Salma" });
    const editor = await createUser();
    const [mine, inReview] = await claimsInOneArticle(2);
    const assigned = await db.claim.update({ where: { id: mine!.id }, data: { assigneeId: owner.id } });
    const error = await expectAppError(takeClaim(editor, ref(assigned)), "CONFLICT");
    // Someone who opened the claim before it was assigned is told who moved it and what changed.
    const reviewer = await createUser({ role: "REVIEWER", name: "Amina" });
    await assignClaim(reviewer, { ...ref(assigned), assigneeId: editor.id });
    const stale = await expectAppError(takeClaim(editor, ref(assigned)), "STALE_VERSION");
    expect(stale.params).toMatchObject({ changedBy: "Amina", fields: "assignee", action: "claim.assign" });
    expect(error.params.assignee).toBe("Salma");
    const reviewing = await db.claim.update({ where: { id: inReview!.id }, data: { status: "IN_REVIEW" } });
    await expectAppError(takeClaim(editor, ref(reviewing)), "INVALID_TRANSITION");
  });

  it("lets an editor give back their own claim but not unassign someone else", async () => {
    const editor = await createUser();
    const other = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const [a, b] = await claimsInOneArticle(2);
    const taken = await takeClaim(editor, ref(a!));
    expect(await unassignClaim(editor, ref(taken))).toMatchObject({ assigneeId: null, status: "IN_RESEARCH" });
    const othersClaim = await db.claim.update({ where: { id: b!.id }, data: { assigneeId: other.id } });
    await expectAppError(unassignClaim(editor, ref(othersClaim)), "FORBIDDEN");
    expect((await unassignClaim(reviewer, ref(othersClaim))).assigneeId).toBeNull();
  });
});

describe("bulk operations are all or nothing", () => {
  it("assigns every selected claim, one audit event each", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const editor = await createUser();
    const claims = await claimsInOneArticle(4);
    const mark = await auditMark();
    const updated = await bulkAssign(reviewer, { assigneeId: editor.id, claims: claims.map(ref) });
    expect(updated.map((c) => c.assigneeId)).toEqual(claims.map(() => editor.id));
    const events = await auditEventsSince(mark);
    expect(events.map((e) => e.claimId).sort()).toEqual(claims.map((c) => c.id).sort());
  });

  it("assigns none when one claim is stale, and names the culprit", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const editor = await createUser();
    const claims = await claimsInOneArticle(4);
    const list = claims.map(ref);
    list[2] = { ...list[2]!, version: list[2]!.version + 5 };
    const mark = await auditMark();
    const error = await expectAppError(bulkAssign(reviewer, { assigneeId: editor.id, claims: list }), "STALE_VERSION");
    expect(error.params).toMatchObject({ itemIndex: 2, claimId: claims[2]!.id });
    const rows = await db.claim.findMany({ where: { id: { in: claims.map((c) => c.id) } } });
    expect(rows.every((row) => row.assigneeId === null && row.version === 1)).toBe(true);
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("dismisses none when one claim is in review (last in the list, after the others were written)", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const claims = await claimsInOneArticle(3);
    await db.claim.update({ where: { id: claims[2]!.id }, data: { status: "IN_REVIEW" } });
    const mark = await auditMark();
    const error = await expectAppError(bulkDismiss(reviewer, { reason: "آراء", claims: claims.map(ref) }), "INVALID_TRANSITION");
    expect(error.params.itemIndex).toBe(2);
    const statuses = (await db.claim.findMany({ where: { id: { in: claims.map((c) => c.id) } } })).map((c) => c.status);
    expect(statuses.sort()).toEqual(["IN_REVIEW", "NEW", "NEW"]);
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("dismisses all with the reason, and refuses a claim addressed through another article", async () => {
    const editor = await createUser();
    const claims = await claimsInOneArticle(3);
    const done = await bulkDismiss(editor, { reason: "آراء", claims: claims.map(ref) });
    expect(done.every((c) => c.status === "DISMISSED" && c.dismissReason === "آراء")).toBe(true);

    const [foreign] = await claimsInOneArticle(1);
    const [local] = await claimsInOneArticle(1);
    await expectAppError(
      bulkDismiss(editor, { reason: "x", claims: [ref(local!), { ...ref(foreign!), articleId: local!.articleId }] }),
      "NOT_FOUND",
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: local!.id } })).status).toBe("NEW");
  });

  it("refuses a list that names a claim twice", async () => {
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1);
    await expectAppError(bulkDismiss(editor, { reason: "x", claims: [ref(claim!), ref(claim!)] }), "BAD_REQUEST");
  });
});

describe("setClaimPlan", () => {
  it("sets and clears priority and due date (reviewers only)", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const editor = await createUser();
    const [claim] = await claimsInOneArticle(1);
    await expectAppError(setClaimPlan(editor, { ...ref(claim!), priority: 3 }), "FORBIDDEN");
    await expectAppError(setClaimPlan(reviewer, { ...ref(claim!), priority: 4 }), "BAD_REQUEST");
    const due = new Date("2031-05-01T09:00:00Z");
    const planned = await setClaimPlan(reviewer, { ...ref(claim!), priority: 3, dueAt: due.toISOString() });
    expect(planned).toMatchObject({ priority: 3, dueAt: due });
    const cleared = await setClaimPlan(reviewer, { ...ref(planned), dueAt: null });
    expect(cleared).toMatchObject({ priority: 3, dueAt: null });
  });
});
