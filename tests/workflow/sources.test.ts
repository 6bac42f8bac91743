import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addSource } from "@/lib/workflow/add-source";
import { removeSource } from "@/lib/workflow/remove-source";
import { updateSource } from "@/lib/workflow/update-source";
import {
  auditEventsSince,
  auditMark,
  createArticle,
  createClaim,
  createSource,
  createUser,
  expectAppError,
  ref,
} from "../helpers/workflow-fixtures";

const TRAINING = "وشهدت تكوين 12 فرداً من موظفي الحماية المدنية المغربية";


const EVIDENCE = {
  url: "https://www.europe1.fr/international/maroc-france-cooperation",
  title: "Maroc-France : une coopération sécuritaire quotidienne",
  stance: "SUPPORTS" as const,
  publisher: "Europe 1",
  excerpt: "douze agents de la protection civile marocaine",
};

describe("addSource", () => {
  it("attaches evidence, starts research on a NEW claim, bumps the version, with one audit event", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING);
    const mark = await auditMark();
    const before = Date.now();

    const { source, claim: updated } = await addSource(editor, { ...ref(claim), ...EVIDENCE, archivedUrl: "" });

    expect(source).toMatchObject({ ...EVIDENCE, archivedUrl: null, addedById: editor.id, claimId: claim.id });
    expect(source.accessedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(updated).toMatchObject({ status: "IN_RESEARCH", version: claim.version + 1 });
    const events = await auditEventsSince(mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "source.add", entityId: source.id, claimId: claim.id, before: { claimStatus: "NEW" } });
  });

  it("refuses non-web addresses, a missing title and an unknown stance, writing nothing", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING);
    const mark = await auditMark();
    await expectAppError(addSource(editor, { ...ref(claim), ...EVIDENCE, url: "javascript:alert(1)" }), "BAD_REQUEST");
    await expectAppError(addSource(editor, { ...ref(claim), ...EVIDENCE, archivedUrl: "ftp://archive.org/x" }), "BAD_REQUEST");
    await expectAppError(addSource(editor, { ...ref(claim), ...EVIDENCE, title: " " }), "BAD_REQUEST");
    await expectAppError(addSource(editor, { ...ref(claim), ...EVIDENCE, stance: "MAYBE" as "SUPPORTS" }), "BAD_REQUEST");
    expect(await auditEventsSince(mark)).toEqual([]);
    expect(await db.source.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("refuses the same address twice and any source on a claim in review", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const claim = await createClaim(article, TRAINING);
    const { claim: updated } = await addSource(editor, { ...ref(claim), ...EVIDENCE });
    await expectAppError(addSource(editor, { ...ref(updated), ...EVIDENCE, title: "again" }), "CONFLICT");
    const inReview = await createClaim(article, "عبد الحميد أباعود", { status: "IN_REVIEW" });
    await expectAppError(addSource(editor, { ...ref(inReview), ...EVIDENCE }), "INVALID_TRANSITION");
  });
});

describe("updateSource and removeSource", () => {
  it("records only the fields that changed, and clears an optional field sent blank", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "IN_RESEARCH" });
    const source = await createSource(claim.id, editor, { publisher: "Europe 1", title: "old title" });
    const mark = await auditMark();

    const { source: updated, claim: after } = await updateSource(editor, {
      ...ref(claim),
      sourceId: source.id,
      title: "new title",
      publisher: "",
      stance: "CONTEXT",
    });

    expect(updated).toMatchObject({ title: "new title", publisher: null, stance: "CONTEXT", url: source.url });
    expect(after.version).toBe(claim.version + 1);
    const [event] = await auditEventsSince(mark);
    expect(event).toMatchObject({
      action: "source.update",
      before: { title: "old title", publisher: "Europe 1", stance: "SUPPORTS" },
      after: { title: "new title", stance: "CONTEXT" },
    });
    expect(Object.keys(event!.before as object).sort()).toEqual(["publisher", "stance", "title"]);
  });

  it("treats a source addressed through another claim as missing", async () => {
    const editor = await createUser();
    const article = await createArticle();
    const mine = await createClaim(article, TRAINING, { status: "IN_RESEARCH" });
    const other = await createClaim(article, "عبد الحميد أباعود", { status: "IN_RESEARCH" });
    const othersSource = await createSource(other.id, editor);
    await expectAppError(updateSource(editor, { ...ref(mine), sourceId: othersSource.id, title: "hijack" }), "NOT_FOUND");
    await expectAppError(removeSource(editor, { ...ref(mine), sourceId: othersSource.id }), "NOT_FOUND");
    expect(await db.source.findUniqueOrThrow({ where: { id: othersSource.id } })).toEqual(othersSource);
  });

  it("removes a source, keeping a full copy in the audit event", async () => {
    const editor = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "CHANGES_REQUESTED" });
    const source = await createSource(claim.id, editor, { title: "to go" });
    const mark = await auditMark();
    const { claim: after } = await removeSource(editor, { ...ref(claim), sourceId: source.id });
    expect(after).toMatchObject({ status: "CHANGES_REQUESTED", version: claim.version + 1 });
    expect(await db.source.findUnique({ where: { id: source.id } })).toBeNull();
    const [event] = await auditEventsSince(mark);
    expect(event).toMatchObject({ action: "source.remove", entityId: source.id, before: { title: "to go", url: source.url } });
  });

  it("refuses a stale version, keeping the other editor's change", async () => {
    const first = await createUser({ name: "Nadia" });
    const second = await createUser();
    const claim = await createClaim(await createArticle(), TRAINING, { status: "IN_RESEARCH" });
    const source = await createSource(claim.id, first, { title: "original" });
    await updateSource(first, { ...ref(claim), sourceId: source.id, title: "Nadia's title" });
    const error = await expectAppError(updateSource(second, { ...ref(claim), sourceId: source.id, title: "mine" }), "STALE_VERSION");
    expect(error.params).toMatchObject({ changedBy: "Nadia", fields: "sources" });
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("Nadia's title");
  });
});
