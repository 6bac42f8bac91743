import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { reextractArticle } from "@/lib/articles/reextract-article";
import { db } from "@/lib/db";
import { auditEventsSince, auditMark, importSeedCopy, newUser, type TestUser } from "../helpers/factories";

type ClaimRow = { id: string; start: number; end: number };
const overlaps = (a: ClaimRow, b: ClaimRow) => a.start < b.end && b.start < a.end;
const spanOf = (c: ClaimRow) => `${c.start}-${c.end}`;

let editor: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR");
});

/**
 * Each touched claim carries exactly one sign of an editor's work (and is otherwise untouched: EXTRACTED, NEW,
 * version 1, unassigned), so dropping any single rule from reextractArticle deletes that claim and fails the test.
 */
async function articleWithTouchedClaims() {
  const article = await importSeedCopy(editor);
  const claims = article.claims;
  expect(claims.length).toBeGreaterThanOrEqual(7);
  const [assigned, edited, sourced, dismissed, commented, coveredByManual] = claims;
  await db.claim.update({ where: { id: assigned!.id }, data: { assigneeId: editor.id } });
  await db.claim.update({ where: { id: edited!.id }, data: { version: 2, normalizedText: "صيغة عدلها محرر" } });
  await db.source.create({
    data: { claimId: sourced!.id, url: "https://example.org/source", title: "مصدر", stance: "SUPPORTS", accessedAt: new Date(), addedById: editor.id },
  });
  await db.claim.update({ where: { id: dismissed!.id }, data: { status: "DISMISSED", dismissReason: "رأي لا يمكن التحقق منه" } });
  await db.comment.create({ data: { claimId: commented!.id, authorId: editor.id, body: "سأتصل بالمديرية غداً" } });
  // An editor's own claim over the same words the extractor found: re-extraction must not add the extracted twin.
  const manual = await db.claim.create({
    data: {
      articleId: article.id, text: coveredByManual!.text, start: coveredByManual!.start, end: coveredByManual!.end,
      sentenceIndex: coveredByManual!.sentenceIndex, normalizedText: coveredByManual!.text, score: 0.9, type: "OTHER",
      language: "ar", origin: "MANUAL",
    },
  });
  await db.claim.delete({ where: { id: coveredByManual!.id } });
  const kept = [assigned!, edited!, sourced!, dismissed!, commented!, manual];
  const untouched = claims.filter((c) => c.id !== coveredByManual!.id && !kept.some((k) => k.id === c.id));
  return { article, kept, untouched };
}

describe("reextractArticle", () => {
  it("keeps every claim an editor touched and replaces the untouched ones", async () => {
    const { article, kept, untouched } = await articleWithTouchedClaims();
    const mark = await auditMark();
    const result = await reextractArticle(editor, article.id);

    const after = await db.claim.findMany({ where: { articleId: article.id }, include: { _count: { select: { comments: true, sources: true } } } });
    const afterIds = new Set(after.map((c) => c.id));
    for (const claim of kept) expect(afterIds.has(claim.id), `kept claim "${claim.text}"`).toBe(true);
    // The editor's work is still attached to the kept claims.
    expect(after.find((c) => c.id === kept[2]!.id)?._count.sources).toBe(1);
    expect(after.find((c) => c.id === kept[4]!.id)?._count.comments).toBe(1);
    expect(after.find((c) => c.id === kept[1]!.id)?.normalizedText).toBe("صيغة عدلها محرر");

    // Untouched claims are new rows (new ids) over the same spans: the extractor is deterministic.
    for (const claim of untouched) expect(afterIds.has(claim.id)).toBe(false);
    const added = after.filter((c) => !kept.some((k) => k.id === c.id));
    expect(added.map(spanOf).sort()).toEqual(untouched.map(spanOf).sort());
    for (const claim of added) {
      expect(claim).toMatchObject({ origin: "EXTRACTED", status: "NEW", version: 1 });
      expect(article.body.slice(claim.start, claim.end)).toBe(claim.text);
    }
    expect(result).toEqual({ replaced: untouched.length, kept: kept.length, added: added.length });

    const events = await auditEventsSince(mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "article.reextract", actorId: editor.id, entityId: article.id, after: result });
  });

  it("never adds a claim overlapping a kept one, so no work is duplicated — also when run twice", async () => {
    const { article, kept } = await articleWithTouchedClaims();
    await reextractArticle(editor, article.id);
    const once = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    await reextractArticle(editor, article.id);
    const twice = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });

    for (const claims of [once, twice]) {
      const added = claims.filter((c) => !kept.some((k) => k.id === c.id));
      for (const claim of added) {
        const clash = kept.find((k) => overlaps(claim, k));
        expect(clash, `"${claim.text}" overlaps kept "${clash?.text}"`).toBeUndefined();
      }
      // Exactly one claim per span: the dismissed claim and the manual one were not re-created beside themselves.
      expect(new Set(claims.map(spanOf)).size).toBe(claims.length);
    }
    expect(twice.map(spanOf)).toEqual(once.map(spanOf));
  });

  it("refuses an unknown role and an unknown article, changing nothing", async () => {
    const article = await importSeedCopy(editor);
    const ids = article.claims.map((c) => c.id).sort();
    await expect(reextractArticle({ id: editor.id, role: "GUEST" }, article.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reextractArticle(editor, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await db.claim.findMany({ where: { articleId: article.id }, select: { id: true } });
    expect(after.map((c) => c.id).sort()).toEqual(ids);
  });
});
