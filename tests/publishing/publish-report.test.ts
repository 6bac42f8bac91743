import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findReports } from "@/lib/publishing/find-reports";
import { loadArticleReport, loadPublicReport } from "@/lib/publishing/load-report";
import { publishReport } from "@/lib/publishing/publish-report";
import { reportSlugFor } from "@/lib/publishing/queries";
import { reopenClaimForCorrection } from "@/lib/workflow/reopen-claim";
import {
  approveVerdict,
  auditEventsSince,
  auditMark,
  claimContaining,
  importSeedCopy,
  newUser,
  type TestUser,
} from "../helpers/factories";

const BASE_URL = "https://sanad.example.org";
const TRAINING = "12 فرداً";
const ABAAOUD = "عبد الحميد أباعود";

let editor: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR", "سلمى بنعلي");
  reviewer = await newUser("REVIEWER", "يوسف العلمي");
});

/** An imported article whose "12 فرداً" claim has an approved verdict (revision 1, FALSE). */
async function articleWithApprovedClaim() {
  const article = await importSeedCopy(editor);
  const claim = claimContaining(article.claims, TRAINING);
  const verdict = await approveVerdict(claim.id, { author: editor, reviewer, rating: "FALSE" });
  return { article, claim, verdict, other: claimContaining(article.claims, ABAAOUD) };
}

describe("publishReport refusals", () => {
  it("refuses when no claim is approved (CONFLICT) and writes no report", async () => {
    const article = await importSeedCopy(editor);
    // A verdict still in review is not publishable either.
    const claim = claimContaining(article.claims, TRAINING);
    await db.verdict.create({ data: { claimId: claim.id, revision: 1, rating: "FALSE", rationale: "قيد المراجعة", authorId: editor.id } });
    await db.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW" } });
    const mark = await auditMark();
    await expect(publishReport(reviewer, { articleId: article.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.report.findUnique({ where: { articleId: article.id } })).toBeNull();
    expect(await auditEventsSince(mark)).toEqual([]);
  });

  it("refuses an editor (FORBIDDEN) even when a claim is approved, and changes nothing", async () => {
    const { article, claim } = await articleWithApprovedClaim();
    await expect(publishReport(editor, { articleId: article.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.report.findUnique({ where: { articleId: article.id } })).toBeNull();
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("APPROVED");
  });
});

describe("publishing a report", () => {
  it("publishes approved claims with their verdict and leaves the rest on the desk", async () => {
    const { article, claim, verdict, other } = await articleWithApprovedClaim();
    const mark = await auditMark();
    const result = await publishReport(reviewer, { articleId: article.id });
    expect(result).toEqual({ slug: reportSlugFor(article.id), published: 1, corrections: 0 });

    const published = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedVerdictId: verdict.id, version: claim.version + 2 });
    expect(published.firstPublishedAt).toBeInstanceOf(Date);
    expect(await db.claim.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "NEW", publishedVerdictId: null });

    const report = await db.report.findUniqueOrThrow({ where: { articleId: article.id } });
    expect(report).toMatchObject({ status: "PUBLISHED", publishedById: reviewer.id, modifiedAt: null, corrections: [] });
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([["claim.publish", claim.id], ["report.publish", report.id]]);
  });

  it("the public report lists only published claims, with the approved verdict and who approved it", async () => {
    const { article, claim } = await articleWithApprovedClaim();
    const { slug } = await publishReport(reviewer, { articleId: article.id });
    const report = await loadPublicReport(slug, "ar", BASE_URL);
    expect(report).toMatchObject({ status: "PUBLISHED", publicUrl: `${BASE_URL}/r/${slug}`, includePending: false });
    expect(report.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(report.claims[0]).toMatchObject({
      quote: claim.text,
      status: "PUBLISHED",
      verdict: { rating: "FALSE", revision: 1, proposedBy: { name: "سلمى بنعلي" }, approvedBy: { name: "يوسف العلمي" } },
    });
  });

  it("has no public report for an unknown slug, an unpublished article or a draft report", async () => {
    await expect(loadPublicReport("fc-000000000000", "ar", BASE_URL)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { article } = await articleWithApprovedClaim();
    await expect(loadPublicReport(reportSlugFor(article.id), "ar", BASE_URL)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.report.create({ data: { articleId: article.id, slug: reportSlugFor(article.id), status: "DRAFT" } });
    await expect(loadPublicReport(reportSlugFor(article.id), "ar", BASE_URL)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("publishes a later approval without calling it a correction", async () => {
    const { article, claim, other } = await articleWithApprovedClaim();
    const first = await publishReport(reviewer, { articleId: article.id });
    await expect(publishReport(reviewer, { articleId: article.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await approveVerdict(other.id, { author: editor, reviewer, rating: "TRUE" });
    expect(await publishReport(reviewer, { articleId: article.id })).toEqual({ slug: first.slug, published: 1, corrections: 0 });
    const report = await loadPublicReport(first.slug, "en", BASE_URL);
    expect(report.claims.map((c) => c.id).sort()).toEqual([claim.id, other.id].sort());
    expect(report.corrections).toEqual([]);
    const reports = await findReports(editor);
    expect(reports.find((r) => r.id === article.id)).toMatchObject({ approved: 0, published: 2, report: { status: "PUBLISHED", slug: first.slug } });
  });
});

describe("correcting a published verdict", () => {
  it("keeps the old verdict public until the corrected one is approved and republished, then records the correction", async () => {
    const { article, claim, verdict } = await articleWithApprovedClaim();
    const { slug } = await publishReport(reviewer, { articleId: article.id });
    const firstReport = await db.report.findUniqueOrThrow({ where: { articleId: article.id } });
    const publishedClaim = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });

    await reopenClaimForCorrection(reviewer, {
      articleId: article.id, claimId: claim.id, version: publishedClaim.version, reason: "المديرية نشرت العدد الصحيح",
    });
    const publicRating = async () => (await loadPublicReport(slug, "ar", BASE_URL)).claims.find((c) => c.id === claim.id)?.verdict;
    // Reopened: readers still see what was published, not a blank.
    expect(await publicRating()).toMatchObject({ rating: "FALSE", revision: 1 });
    // The desk's own export shows the claim as pending work again.
    const desk = await loadArticleReport(editor, { articleId: article.id, locale: "ar", baseUrl: BASE_URL });
    expect(desk.claims.find((c) => c.id === claim.id)).toMatchObject({ status: "IN_RESEARCH", verdict: null });

    const note = "كان العدد الصحيح 12 فرداً كما ورد في بلاغ المديرية؛ صححنا التقييم.";
    const corrected = await approveVerdict(claim.id, { author: editor, reviewer, rating: "MOSTLY_TRUE", correctionNote: note });
    // Approved but not republished: still the old verdict in public.
    expect(await publicRating()).toMatchObject({ rating: "FALSE", revision: 1 });

    const mark = await auditMark();
    expect(await publishReport(reviewer, { articleId: article.id })).toEqual({ slug, published: 1, corrections: 1 });

    const report = await loadPublicReport(slug, "ar", BASE_URL);
    expect(report.corrections).toEqual([
      { claimId: claim.id, note, at: expect.any(Date), previousRating: "FALSE", rating: "MOSTLY_TRUE" },
    ]);
    expect(report.modifiedAt).toBeInstanceOf(Date);
    expect(report.publishedAt).toEqual(firstReport.publishedAt);
    expect(report.claims.find((c) => c.id === claim.id)).toMatchObject({
      verdict: { rating: "MOSTLY_TRUE", revision: 2, correctionNote: note },
      firstPublishedAt: publishedClaim.firstPublishedAt,
    });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedVerdictId: corrected.id });
    expect(row.publishedVerdictId).not.toBe(verdict.id);
    const events = await auditEventsSince(mark);
    expect(events.map((e) => e.action)).toEqual(["claim.publish", "report.republish"]);
    expect(events[1]!.after).toMatchObject({ corrections: 1 });
  });
});
