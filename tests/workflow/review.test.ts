import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reviewVerdict } from "@/lib/workflow/review-verdict";
import {
  auditEventsSince,
  auditMark,
  createArticle,
  createClaim,
  createSource,
  createUser,
  createVerdict,
  expectAppError,
  type TestUser,
} from "../helpers/workflow-fixtures";

const CLAIM_TEXT = "حين ساهمت معلومات استخباراتية مغربية في تحديد موقع العقل المدبر للهجوم عبد الحميد أباعود";

/** A claim in review with one verdict revision written by `author`. */
async function claimInReview(author: TestUser) {
  const article = await createArticle();
  const claim = await createClaim(article, CLAIM_TEXT, { status: "IN_REVIEW" });
  await createSource(claim.id, author);
  const verdict = await createVerdict(claim.id, author, { rating: "TRUE" });
  return { article, claim, verdict };
}

function decide(claim: { articleId: string; id: string; version: number }, verdictId: string, decision: "APPROVE" | "REQUEST_CHANGES", comment?: string) {
  return { articleId: claim.articleId, claimId: claim.id, version: claim.version, verdictId, decision, comment };
}

async function expectUnchanged(claim: { id: string; status: string; version: number }, mark: bigint) {
  const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect([row.status, row.version]).toEqual([claim.status, claim.version]);
  expect(await db.review.count({ where: { claimId: claim.id } })).toBe(0);
  expect(await auditEventsSince(mark)).toEqual([]);
}

describe("reviewVerdict", () => {
  it("approves another person's revision: APPROVED, one review, one audit event", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const { claim, verdict } = await claimInReview(editor);
    const mark = await auditMark();
    const { review, claim: updated } = await reviewVerdict(reviewer, decide(claim, verdict.id, "APPROVE"));
    expect(updated).toMatchObject({ status: "APPROVED", version: claim.version + 1 });
    expect(review).toMatchObject({ decision: "APPROVE", reviewerId: reviewer.id, verdictId: verdict.id });
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.claimId, e.actorId])).toEqual([["verdict.approve", claim.id, reviewer.id]]);
  });

  it("refuses SELF_APPROVAL to the revision's author, for a reviewer and for an admin", async () => {
    for (const role of ["REVIEWER", "ADMIN"] as const) {
      const author = await createUser({ role });
      const { claim, verdict } = await claimInReview(author);
      const mark = await auditMark();
      await expectAppError(reviewVerdict(author, decide(claim, verdict.id, "APPROVE")), "SELF_APPROVAL");
      // Four eyes covers sending one's own work back too: the author cannot decide on it at all.
      await expectAppError(reviewVerdict(author, decide(claim, verdict.id, "REQUEST_CHANGES", "ok")), "SELF_APPROVAL");
      await expectUnchanged(claim, mark);
    }
  });

  it("lets a reviewer approve revision 2 written by an editor even though the reviewer wrote revision 1", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const editor = await createUser();
    const { claim } = await claimInReview(reviewer);
    const second = await createVerdict(claim.id, editor, { rating: "MOSTLY_TRUE" });
    const { claim: updated } = await reviewVerdict(reviewer, decide(claim, second.id, "APPROVE"));
    expect(updated.status).toBe("APPROVED");
  });

  it("is FORBIDDEN to an editor", async () => {
    const author = await createUser();
    const editor = await createUser();
    const { claim, verdict } = await claimInReview(author);
    const mark = await auditMark();
    await expectAppError(reviewVerdict(editor, decide(claim, verdict.id, "APPROVE")), "FORBIDDEN");
    await expectUnchanged(claim, mark);
  });

  it("requires a comment to request changes, then sends the claim back", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const { claim, verdict } = await claimInReview(editor);
    const mark = await auditMark();
    await expectAppError(reviewVerdict(reviewer, decide(claim, verdict.id, "REQUEST_CHANGES")), "BAD_REQUEST");
    await expectAppError(reviewVerdict(reviewer, decide(claim, verdict.id, "REQUEST_CHANGES", "   ")), "BAD_REQUEST");
    await expectUnchanged(claim, mark);
    const { claim: updated, review } = await reviewVerdict(reviewer, decide(claim, verdict.id, "REQUEST_CHANGES", "أضف مصدراً فرنسياً"));
    expect(updated.status).toBe("CHANGES_REQUESTED");
    expect(review.comment).toBe("أضف مصدراً فرنسياً");
  });

  it("treats a claim addressed through another article, or a verdict of another claim, as missing", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const a = await claimInReview(editor);
    const b = await claimInReview(editor);
    const mark = await auditMark();
    // Article A's id with article B's claim.
    await expectAppError(reviewVerdict(reviewer, { ...decide(b.claim, b.verdict.id, "APPROVE"), articleId: a.article.id }), "NOT_FOUND");
    // Claim A with claim B's verdict.
    await expectAppError(reviewVerdict(reviewer, decide(a.claim, b.verdict.id, "APPROVE")), "NOT_FOUND");
    await expectUnchanged(a.claim, mark);
    await expectUnchanged(b.claim, mark);
  });

  it("refuses INVALID_TRANSITION for a claim that is not in review (approve a NEW claim)", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    for (const status of ["NEW", "IN_RESEARCH", "APPROVED", "CHANGES_REQUESTED"] as const) {
      const claim = await createClaim(await createArticle(), CLAIM_TEXT, { status });
      const verdict = await createVerdict(claim.id, editor);
      const mark = await auditMark();
      await expectAppError(reviewVerdict(reviewer, decide(claim, verdict.id, "APPROVE")), "INVALID_TRANSITION");
      await expectUnchanged(claim, mark);
    }
  });

  it("decides only the latest revision", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const { claim, verdict } = await claimInReview(editor);
    await createVerdict(claim.id, editor, { rating: "FALSE" });
    await expectAppError(reviewVerdict(reviewer, decide(claim, verdict.id, "APPROVE")), "CONFLICT");
  });

  it("lets exactly one of two simultaneous reviewers decide; the other gets STALE_VERSION", async () => {
    const editor = await createUser();
    const approver = await createUser({ role: "REVIEWER", name: "Karim" });
    const sender = await createUser({ role: "REVIEWER", name: "Hind" });
    const { claim, verdict } = await claimInReview(editor);
    const results = await Promise.allSettled([
      reviewVerdict(approver, decide(claim, verdict.id, "APPROVE")),
      reviewVerdict(sender, decide(claim, verdict.id, "REQUEST_CHANGES", "لا")),
    ]);
    const failures = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(failures).toHaveLength(1);
    expect(failures[0].code).toBe("STALE_VERSION");
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.version).toBe(claim.version + 1);
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
    const winner = results[0]!.status === "fulfilled" ? "Karim" : "Hind";
    expect(failures[0].params.changedBy).toBe(winner);
  });
});
