import { describe, expect, it } from "vitest";
import { addComment } from "@/lib/workflow/add-comment";
import { addSource } from "@/lib/workflow/add-source";
import { findClaimHistory } from "@/lib/workflow/find-claim-history";
import { findComments } from "@/lib/workflow/find-comments";
import { getClaimWorkspace } from "@/lib/workflow/get-claim-workspace";
import { proposeVerdict } from "@/lib/workflow/propose-verdict";
import { splitClaim } from "@/lib/workflow/split-claim";
import { takeClaim } from "@/lib/workflow/take-claim";
import {
  createArticle,
  createClaim,
  createUser,
  expectAppError,
  ref,
  SEED_ARTICLE_BODY,
} from "../helpers/workflow-fixtures";

const PEGASUS = "من ضمنها قضية استخدام برنامج التجسس \"بيغاسوس\"، التي أثارت الكثير من الجدل";


describe("comments", () => {
  it("adds comments in any status and lists them oldest first with author names", async () => {
    const editor = await createUser({ name: "Yasmine" });
    const claim = await createClaim(await createArticle(), PEGASUS, { status: "PUBLISHED" });
    const first = await addComment(editor, { ...ref(claim), body: "هل لدينا مصدر فرنسي؟" });
    await addComment(editor, { ...ref(first.claim), body: "نعم، لوموند" });
    const comments = await findComments(editor, { articleId: claim.articleId, claimId: claim.id });
    expect(comments.map((c) => [c.body, c.author.name])).toEqual([
      ["هل لدينا مصدر فرنسي؟", "Yasmine"],
      ["نعم، لوموند", "Yasmine"],
    ]);
  });

  it("refuses a blank comment and a stale version", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), PEGASUS);
    await expectAppError(addComment(editor, { ...ref(claim), body: "  " }), "BAD_REQUEST");
    await addComment(editor, { ...ref(claim), body: "أول" });
    await expectAppError(addComment(editor, { ...ref(claim), body: "ثان" }), "STALE_VERSION");
  });
});

describe("findClaimHistory", () => {
  it("lists the claim's events newest first with actor names and before/after, in pages", async () => {
    const editor = await createUser({ name: "Rachid" });
    const claim = await createClaim(await createArticle(), PEGASUS);
    const taken = await takeClaim(editor, ref(claim));
    const sourced = await addSource(editor, { ...ref(taken), url: "https://example.org/p", title: "Pegasus", stance: "CONTEXT" });
    await proposeVerdict(editor, { ...ref(sourced.claim), rating: "MIXED", rationale: "جدل موثق." });

    const page1 = await findClaimHistory(editor, { articleId: claim.articleId, claimId: claim.id, limit: 2 });
    expect(page1.events.map((e) => e.action)).toEqual(["verdict.propose", "source.add"]);
    expect(page1.events[0]!.actor).toEqual({ id: editor.id, name: "Rachid" });
    const page2 = await findClaimHistory(editor, { articleId: claim.articleId, claimId: claim.id, before: page1.nextCursor! });
    expect(page2.events.map((e) => e.action)).toEqual(["claim.take"]);
    expect(page2.events[0]).toMatchObject({ before: { status: "NEW", assigneeId: null }, after: { status: "IN_RESEARCH", assigneeId: editor.id } });
    expect(page2.nextCursor).toBeNull();
  });

  it("starts a split-off claim's history with the split", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), PEGASUS);
    const { newClaim } = await splitClaim(editor, { ...ref(claim), at: claim.start + PEGASUS.indexOf("،") + 1 });
    const history = await findClaimHistory(editor, { articleId: claim.articleId, claimId: newClaim.id });
    expect(history.events.map((e) => e.action)).toEqual(["claim.split"]);
  });

  it("is NOT_FOUND through another article", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), PEGASUS);
    const other = await createArticle();
    await expectAppError(findClaimHistory(editor, { articleId: other.id, claimId: claim.id }), "NOT_FOUND");
  });
});

describe("getClaimWorkspace", () => {
  it("gathers the claim, article excerpt, sources, revisions, comments and the actor's actions", async () => {
    const editor = await createUser();
    const reviewer = await createUser({ role: "REVIEWER" });
    const article = await createArticle({ title: "تعاون يومي" });
    const claim = await createClaim(article, PEGASUS);
    const taken = await takeClaim(editor, ref(claim));
    const sourced = await addSource(editor, { ...ref(taken), url: "https://example.org/w", title: "W", stance: "SUPPORTS" });
    const proposed = await proposeVerdict(editor, { ...ref(sourced.claim), rating: "TRUE", rationale: "موثق." });
    await addComment(reviewer, { ...ref(proposed.claim), body: "سأراجع" });

    const workspace = await getClaimWorkspace(reviewer, { articleId: article.id, claimId: claim.id });
    expect(workspace.claim).toMatchObject({ id: claim.id, status: "IN_REVIEW" });
    expect(workspace.article).toMatchObject({ id: article.id, title: "تعاون يومي", direction: "RTL" });
    expect(workspace.article).not.toHaveProperty("body");
    expect(workspace.article.excerpt.quote).toBe(PEGASUS);
    const { before, quote, after } = workspace.article.excerpt;
    expect(SEED_ARTICLE_BODY).toContain(before + quote + after);
    expect(workspace.assignee).toEqual({ id: editor.id, name: editor.name });
    expect(workspace.sources.map((s) => [s.title, s.addedBy.id])).toEqual([["W", editor.id]]);
    expect(workspace.verdicts.map((v) => [v.revision, v.rating, v.author.id])).toEqual([[1, "TRUE", editor.id]]);
    expect(workspace.comments.map((c) => c.body)).toEqual(["سأراجع"]);
    expect(workspace.actions).toMatchObject({ reviewVerdict: true, edit: false, manageSources: false });

    const own = await getClaimWorkspace(editor, { articleId: article.id, claimId: claim.id });
    expect(own.actions).toMatchObject({ reviewVerdict: false, reviewBlockedAsAuthor: false, proposeVerdict: false });
  });

  it("is NOT_FOUND through another article", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), PEGASUS);
    const other = await createArticle();
    await expectAppError(getClaimWorkspace(editor, { articleId: other.id, claimId: claim.id }), "NOT_FOUND");
  });
});
