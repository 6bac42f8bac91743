import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSource } from "@/lib/workflow/add-source";
import { findVerdictRevisions } from "@/lib/workflow/find-verdict-revisions";
import { proposeVerdict } from "@/lib/workflow/propose-verdict";
import { reopenClaimForCorrection } from "@/lib/workflow/reopen-claim";
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
  ref,
} from "../helpers/workflow-fixtures";

const HAMMOUCHI = "ويؤكد متابعون أن لعبد اللطيف الحموشي دوراً محورياً في هذا الاستمرار";
const RATIONALE = "لم نجد مصدراً مستقلاً يؤكد دور الحموشي أو ينفيه.";


describe("proposeVerdict", () => {
  it("refuses a rating other than Unverifiable on a claim without sources", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), HAMMOUCHI, { status: "IN_RESEARCH" });
    const mark = await auditMark();
    for (const rating of ["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "MOSTLY_FALSE", "FALSE"] as const) {
      const error = await expectAppError(proposeVerdict(editor, { ...ref(claim), rating, rationale: RATIONALE }), "CONFLICT");
      expect(error.params.rating).toBe(rating);
    }
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("IN_RESEARCH");
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("accepts Unverifiable without sources, straight from NEW to IN_REVIEW, with one audit event", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), HAMMOUCHI);
    const mark = await auditMark();
    const { verdict, claim: updated } = await proposeVerdict(editor, { ...ref(claim), rating: "UNVERIFIABLE", rationale: RATIONALE });
    expect(verdict).toMatchObject({ revision: 1, rating: "UNVERIFIABLE", authorId: editor.id, correctionNote: null });
    expect(updated).toMatchObject({ status: "IN_REVIEW", version: claim.version + 1 });
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([["verdict.propose", verdict.id]]);
  });

  it("refuses a blank rationale and a claim already in review or approved", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, HAMMOUCHI);
    await expectAppError(proposeVerdict(editor, { ...ref(claim), rating: "UNVERIFIABLE", rationale: " \n " }), "BAD_REQUEST");
    for (const status of ["IN_REVIEW", "APPROVED", "PUBLISHED", "DISMISSED"] as const) {
      const closed = await createClaim(article, "الملك محمد السادس", { status });
      await expectAppError(proposeVerdict(editor, { ...ref(closed), rating: "UNVERIFIABLE", rationale: RATIONALE }), "INVALID_TRANSITION");
      await db.claim.delete({ where: { id: closed.id } });
    }
  });

  it("adds a revision after changes were requested; earlier revisions stay, and the diff shows what changed", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const claim = await createClaim(await createArticle(), HAMMOUCHI);
    const first = await addSource(editor, { ...ref(claim), url: "https://example.org/a", title: "A", stance: "SUPPORTS" });
    const proposed = await proposeVerdict(editor, { ...ref(first.claim), rating: "TRUE", rationale: "دور محوري مؤكد." });
    const reviewed = await reviewVerdict(reviewer, {
      ...ref(proposed.claim),
      verdictId: proposed.verdict.id,
      decision: "REQUEST_CHANGES",
      comment: "المصدر لا يكفي",
    });
    const second = await addSource(editor, { ...ref(reviewed.claim), url: "https://example.org/b", title: "B", stance: "CONTEXT" });
    expect(second.claim.status).toBe("CHANGES_REQUESTED");
    const again = await proposeVerdict(editor, { ...ref(second.claim), rating: "MOSTLY_TRUE", rationale: "دور محوري مؤكد جزئياً." });

    expect(again.verdict.revision).toBe(2);
    const revisions = await findVerdictRevisions(reviewer, { articleId: claim.articleId, claimId: claim.id });
    expect(revisions.map((r) => [r.revision, r.rating])).toEqual([
      [1, "TRUE"],
      [2, "MOSTLY_TRUE"],
    ]);
    expect(revisions[0]!.reviews).toMatchObject([{ decision: "REQUEST_CHANGES", comment: "المصدر لا يكفي", reviewer: { id: reviewer.id } }]);
    expect(revisions[1]!.changes).toMatchObject({ rating: { from: "TRUE", to: "MOSTLY_TRUE" }, rationale: { changed: true } });
    expect(revisions[1]!.changes!.sources).toEqual({ added: [expect.objectContaining({ title: "B" })], removed: [] });
  });
});

describe("corrections", () => {
  it("reopens a published claim (report.correct only) and requires a correction note on the next proposal", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const claim = await createClaim(await createArticle(), HAMMOUCHI, { status: "PUBLISHED" });
    const published = await createVerdict(claim.id, editor, { rating: "TRUE" });
    await createSource(claim.id, editor);
    const live = await db.claim.update({ where: { id: claim.id }, data: { publishedVerdictId: published.id } });

    await expectAppError(reopenClaimForCorrection(editor, { ...ref(live), reason: "خطأ في العدد" }), "FORBIDDEN");
    const reopened = await reopenClaimForCorrection(reviewer, { ...ref(live), reason: "خطأ في العدد" });
    expect(reopened).toMatchObject({ status: "IN_RESEARCH", publishedVerdictId: published.id });

    await expectAppError(proposeVerdict(editor, { ...ref(reopened), rating: "MIXED", rationale: RATIONALE }), "BAD_REQUEST");
    const { verdict } = await proposeVerdict(editor, { ...ref(reopened), rating: "MIXED", rationale: RATIONALE, correctionNote: "صُحّح التقييم" });
    expect(verdict).toMatchObject({ revision: 2, correctionNote: "صُحّح التقييم" });
  });

  it("refuses to reopen a claim that is not published", async () => {
    const reviewer = await createUser({ role: "REVIEWER" });
    const claim = await createClaim(await createArticle(), HAMMOUCHI, { status: "APPROVED" });
    await expectAppError(reopenClaimForCorrection(reviewer, { ...ref(claim), reason: "x" }), "INVALID_TRANSITION");
  });
});
