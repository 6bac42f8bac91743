import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addClaim } from "@/lib/workflow/add-claim";
import { dismissClaim } from "@/lib/workflow/dismiss-claim";
import { mergeClaims } from "@/lib/workflow/merge-claims";
import { restoreClaim } from "@/lib/workflow/restore-claim";
import { splitClaim } from "@/lib/workflow/split-claim";
import { updateClaimSpan } from "@/lib/workflow/update-claim-span";
import { updateNormalizedText } from "@/lib/workflow/update-normalized-text";
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
  SEED_ARTICLE_BODY,
} from "../helpers/workflow-fixtures";

const BATACLAN = "كما حدث عقب هجمات باتاكلان في باريس سنة 2015، حين ساهمت معلومات استخباراتية مغربية في تحديد موقع العقل المدبر للهجوم عبد الحميد أباعود";
const BATACLAN_FIRST = "كما حدث عقب هجمات باتاكلان في باريس سنة 2015";
const BATACLAN_SECOND = "حين ساهمت معلومات استخباراتية مغربية في تحديد موقع العقل المدبر للهجوم عبد الحميد أباعود";
const TRAINING = "وشهدت تكوين 12 فرداً من موظفي الحماية المدنية المغربية";


describe("addClaim", () => {
  it("stores the editor's selection as an exact, trimmed MANUAL span with one audit event", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const at = SEED_ARTICLE_BODY.indexOf(TRAINING);
    const mark = await auditMark();

    // A sloppy selection: the space and line break around the sentence must not end up in the claim.
    const claim = await addClaim(editor, { articleId: article.id, start: at - 1, end: at + TRAINING.length + 1 });

    expect(claim).toMatchObject({ start: at, end: at + TRAINING.length, text: TRAINING, origin: "MANUAL", score: 1, type: "OTHER" });
    expect(SEED_ARTICLE_BODY.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.normalizedText).toBe(TRAINING);
    expect(claim.language).toBe("ar");
    expect(claim.sentenceIndex).toBeGreaterThan(0);
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.claimId, e.actorId])).toEqual([["claim.add", claim.id, editor.id]]);
  });

  it("refuses a selection outside the body, a blank one, and an exact duplicate, writing nothing", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const mark = await auditMark();
    await expectAppError(addClaim(editor, { articleId: article.id, start: 10, end: SEED_ARTICLE_BODY.length + 1 }), "BAD_REQUEST");
    const blank = SEED_ARTICLE_BODY.indexOf("\n");
    await expectAppError(addClaim(editor, { articleId: article.id, start: blank, end: blank + 1 }), "BAD_REQUEST");
    const existing = await createClaim(article, TRAINING);
    await expectAppError(addClaim(editor, { articleId: article.id, start: existing.start, end: existing.end }), "CONFLICT");
    expect(await auditEventsSince(mark)).toEqual([]);
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(1);
  });
});

describe("updateClaimSpan", () => {
  it("re-reads the text from the body, so the span stays exact", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, BATACLAN_FIRST);
    const updated = await updateClaimSpan(editor, { ...ref(claim), start: claim.start, end: claim.start + BATACLAN.length });
    expect(updated.text).toBe(BATACLAN);
    expect(SEED_ARTICLE_BODY.slice(updated.start, updated.end)).toBe(updated.text);
    expect(updated.normalizedText).toBe(BATACLAN); // it was never hand-edited, so it follows the span
    expect(updated.version).toBe(claim.version + 1);
  });

  it("refuses a claim in review, leaving it untouched", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, BATACLAN, { status: "IN_REVIEW" });
    const mark = await auditMark();
    const error = await expectAppError(updateClaimSpan(editor, { ...ref(claim), start: claim.start, end: claim.start + 20 }), "INVALID_TRANSITION");
    expect(error.params.status).toBe("IN_REVIEW");
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(claim);
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("treats a claim addressed through another article as missing", async () => {
    const editor = await createUser();
    const articleA = await createArticle();
    const articleB = await createArticle();
    const claimOfB = await createClaim(articleB, TRAINING);
    await expectAppError(
      updateClaimSpan(editor, { articleId: articleA.id, claimId: claimOfB.id, version: claimOfB.version, start: 0, end: 10 }),
      "NOT_FOUND",
    );
    expect(await db.claim.findUniqueOrThrow({ where: { id: claimOfB.id } })).toEqual(claimOfB);
  });
});

describe("updateNormalizedText and stale versions", () => {
  it("keeps the first write and refuses the second with who changed what", async () => {
    const layla = await createUser({ name: "Layla" });
    const omar = await createUser({ name: "Omar" });
    const article = await createArticle();
    const claim = await createClaim(article, TRAINING);

    await updateNormalizedText(layla, { ...ref(claim), normalizedText: "درّبت فرنسا 12 عنصراً من الحماية المدنية المغربية" });
    const mark = await auditMark();
    const error = await expectAppError(updateNormalizedText(omar, { ...ref(claim), normalizedText: "نص عمر" }), "STALE_VERSION");

    expect(error.params).toMatchObject({ changedBy: "Layla", fields: "normalizedText", currentVersion: claim.version + 1 });
    expect(Date.parse(String(error.params.changedAt))).not.toBeNaN();
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.normalizedText).toBe("درّبت فرنسا 12 عنصراً من الحماية المدنية المغربية");
    expect(row.version).toBe(claim.version + 1);
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("refuses a blank rewrite", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING);
    await expectAppError(updateNormalizedText(editor, { ...ref(claim), normalizedText: "   " }), "BAD_REQUEST");
  });
});

describe("splitClaim and mergeClaims", () => {
  it("splits at an offset inside the span into two exact claims; the original keeps its id", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, BATACLAN, { status: "IN_RESEARCH", priority: 2 });
    const at = claim.start + BATACLAN.indexOf("، حين") + 1; // just after the comma: the space is trimmed off
    const mark = await auditMark();

    const { claim: kept, newClaim } = await splitClaim(editor, { ...ref(claim), at });

    expect(kept.id).toBe(claim.id);
    expect(kept.text).toBe(BATACLAN_FIRST + "،");
    expect(newClaim.text).toBe(BATACLAN_SECOND);
    for (const part of [kept, newClaim]) expect(SEED_ARTICLE_BODY.slice(part.start, part.end)).toBe(part.text);
    expect(newClaim).toMatchObject({ origin: "MANUAL", status: "NEW", priority: 2, articleId: article.id });
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.claimId, e.entityId])).toEqual([["claim.split", claim.id, newClaim.id]]);
  });

  it("refuses a split point on the edge of the span or a claim with a verdict", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, BATACLAN);
    await expectAppError(splitClaim(editor, { ...ref(claim), at: claim.start }), "BAD_REQUEST");
    await expectAppError(splitClaim(editor, { ...ref(claim), at: claim.end }), "BAD_REQUEST");
    await createVerdict(claim.id, editor);
    await expectAppError(splitClaim(editor, { ...ref(claim), at: claim.start + 10 }), "CONFLICT");
  });

  it("merges two neighbouring claims into one exact span, deleting the later one and keeping its comments", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const first = await createClaim(article, BATACLAN_FIRST, { score: 0.4 });
    const second = await createClaim(article, BATACLAN_SECOND, { score: 0.9, status: "IN_RESEARCH" });
    await db.comment.create({ data: { claimId: second.id, authorId: editor.id, body: "تحقق من التاريخ" } });
    const mark = await auditMark();

    // Listed in reverse order on purpose: the earlier claim survives whatever order the screen sends.
    const merged = await mergeClaims(editor, {
      articleId: article.id,
      claims: [
        { claimId: second.id, version: second.version },
        { claimId: first.id, version: first.version },
      ],
    });

    expect(merged.id).toBe(first.id);
    expect(merged.text).toBe(BATACLAN);
    expect(SEED_ARTICLE_BODY.slice(merged.start, merged.end)).toBe(merged.text);
    expect(merged).toMatchObject({ score: 0.9, status: "IN_RESEARCH" });
    expect(await db.claim.findUnique({ where: { id: second.id } })).toBeNull();
    expect(await db.comment.count({ where: { claimId: first.id } })).toBe(1);
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.claimId, e.entityId])).toEqual([["claim.merge", first.id, second.id]]);
  });

  it("split then merge gives back the original span", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, BATACLAN);
    const { claim: kept, newClaim } = await splitClaim(editor, { ...ref(claim), at: claim.start + 30 });
    const merged = await mergeClaims(editor, {
      articleId: article.id,
      claims: [
        { claimId: kept.id, version: kept.version },
        { claimId: newClaim.id, version: newClaim.version },
      ],
    });
    expect([merged.start, merged.end, merged.text]).toEqual([claim.start, claim.end, BATACLAN]);
  });

  it("refuses claims with words between them, claims with sources, and claims of another article", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const first = await createClaim(article, "باتاكلان في باريس");
    const far = await createClaim(article, "عبد الحميد أباعود");
    const pair = (a: typeof first, b: typeof first) => ({
      articleId: article.id,
      claims: [
        { claimId: a.id, version: a.version },
        { claimId: b.id, version: b.version },
      ] as [{ claimId: string; version: number }, { claimId: string; version: number }],
    });
    await expectAppError(mergeClaims(editor, pair(first, far)), "CONFLICT");

    const a = await createClaim(article, BATACLAN_FIRST);
    const b = await createClaim(article, BATACLAN_SECOND);
    await createSource(b.id, editor);
    await expectAppError(mergeClaims(editor, pair(a, b)), "CONFLICT");

    const other = await createArticle();
    const foreign = await createClaim(other, BATACLAN_SECOND);
    await expectAppError(mergeClaims(editor, pair(a, foreign)), "NOT_FOUND");
    expect(await db.claim.count({ where: { articleId: article.id } })).toBe(4);
  });
});

describe("dismissClaim and restoreClaim", () => {
  it("requires a reason, and restores to the status the claim was dismissed from", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "IN_RESEARCH" });
    await expectAppError(dismissClaim(editor, { ...ref(claim), reason: "  " }), "BAD_REQUEST");

    const dismissed = await dismissClaim(editor, { ...ref(claim), reason: "رأي وليس ادعاءً" });
    expect(dismissed).toMatchObject({ status: "DISMISSED", dismissReason: "رأي وليس ادعاءً" });
    const restored = await restoreClaim(editor, ref(dismissed));
    expect(restored).toMatchObject({ status: "IN_RESEARCH", dismissReason: null, version: claim.version + 2 });
  });

  it("refuses to dismiss a claim reopened for correction: its verdict is still public", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "IN_RESEARCH" });
    const verdict = await createVerdict(claim.id, editor);
    const reopened = await db.claim.update({ where: { id: claim.id }, data: { publishedVerdictId: verdict.id } });
    await expectAppError(dismissClaim(editor, { ...ref(reopened), reason: "لم يعد مهماً" }), "CONFLICT");
  });

  it("restores to NEW when the history does not say where the claim came from", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "DISMISSED", dismissReason: "مكرر" });
    expect((await restoreClaim(editor, ref(claim))).status).toBe("NEW");
  });

  it("refuses to dismiss a claim in review or approved, and to restore one that is not dismissed", async () => {
    const editor = await createUser();
    const article = await createArticle();
    for (const status of ["IN_REVIEW", "APPROVED", "PUBLISHED"] as const) {
      const claim = await createClaim(article, TRAINING, { status });
      await expectAppError(dismissClaim(editor, { ...ref(claim), reason: "x" }), "INVALID_TRANSITION");
      expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe(status);
      await db.claim.delete({ where: { id: claim.id } });
    }
    const open = await createClaim(article, TRAINING);
    await expectAppError(restoreClaim(editor, ref(open)), "INVALID_TRANSITION");
  });
});
