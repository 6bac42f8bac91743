import { beforeAll, describe, expect, it } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { db } from "@/lib/db";
import { contentHash } from "@/lib/import/normalize";
import {
  auditEventsSince,
  auditMark,
  claimContaining,
  importFootprint,
  newUser,
  SEED_ARTICLE,
  uniqueTag,
  type TestUser,
} from "../helpers/factories";

let editor: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR");
  // Import de-duplicates by content hash across the whole shared database: if another file (a seed test, say)
  // already imported the seed text, this file's "first import" would silently become a re-import.
  await db.article.deleteMany({ where: { contentHash: contentHash(SEED_ARTICLE.body) } });
});

describe("importArticle with the seed article", () => {
  let articleId: string;

  beforeAll(async () => {
    const result = await importArticle(editor, { title: SEED_ARTICLE.title, body: SEED_ARTICLE.body, language: "ar" });
    expect(result.created).toBe(true);
    articleId = result.articleId;
  });

  it("stores the article with its metadata and its claims", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { claims: true } });
    expect(article).toMatchObject({
      title: "تعاون يومي وتدريب مشترك.. باريس والرباط ترفعان منسوب التنسيق الأمني",
      body: SEED_ARTICLE.body,
      language: "ar",
      direction: "RTL",
      createdById: editor.id,
    });
    expect(article.claims.length).toBeGreaterThan(2);
    for (const claim of article.claims) {
      expect(claim).toMatchObject({ language: "ar", origin: "EXTRACTED", status: "NEW", version: 1, assigneeId: null });
    }
  });

  it("stores offsets that point at exactly the claim text in the stored body (UTF-16)", async () => {
    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { claims: true } });
    for (const claim of article.claims) {
      expect(article.body.slice(claim.start, claim.end)).toBe(claim.text);
      expect(claim.end).toBeGreaterThan(claim.start);
    }
  });

  it("finds the check-worthy statements a fact-checker would pick", async () => {
    const claims = await db.claim.findMany({ where: { articleId } });
    const training = claimContaining(claims, "12 فرداً");
    expect(training.text).toContain("الحماية المدنية");
    const abaaoud = claimContaining(claims, "عبد الحميد أباعود");
    expect(abaaoud.id).not.toBe(training.id);
  });

  it("writes one article.import audit event naming the actor and the claim count", async () => {
    const claimCount = await db.claim.count({ where: { articleId } });
    const events = await db.auditEvent.findMany({ where: { entityType: "Article", entityId: articleId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "article.import", actorId: editor.id, after: { claims: claimCount, language: "ar" } });
  });

  it("recognises the same text pasted again, whatever its line endings and blank lines, and writes nothing", async () => {
    const before = await importFootprint();
    const claimCount = await db.claim.count({ where: { articleId } });
    const variants = [
      SEED_ARTICLE.body,
      SEED_ARTICLE.body.replace(/\n/g, "\r\n"),
      `\n\n  \n${SEED_ARTICLE.body.replace(/\n/g, "\r\n")}\r\n\r\n\r\n`,
    ];
    for (const body of variants) {
      // A different title (an editor retyping the headline) does not make it a different article.
      const result = await importArticle(editor, { title: `${SEED_ARTICLE.title} (نسخة)`, body });
      expect(result).toEqual({ articleId, created: false, claimCount });
    }
    expect(await importFootprint()).toEqual(before);
  });
});

describe("importArticle de-duplication", () => {
  it("treats runs of blank or whitespace-only lines as one paragraph break", async () => {
    const tag = uniqueTag();
    const paragraphs = SEED_ARTICLE.body.split("\n").slice(0, 4);
    const first = await importArticle(editor, { title: `فقرات ${tag}`, body: `${tag}\n\n${paragraphs.join("\n\n")}` });
    expect(first.created).toBe(true);
    const before = await importFootprint();
    const again = await importArticle(editor, {
      title: `فقرات ${tag}`,
      body: `${tag}\r\n\r\n\r\n${paragraphs.join("\n \n\t\n\n")}\n\n\n`,
    });
    expect(again).toMatchObject({ articleId: first.articleId, created: false });
    expect(await importFootprint()).toEqual(before);
  });

  it("two editors importing the same text at once get one article between them", async () => {
    const second = await newUser("EDITOR");
    const body = `${SEED_ARTICLE.body}\n\n${uniqueTag()}`;
    const before = await importFootprint();
    const results = await Promise.all([
      importArticle(editor, { title: "نسخة المحرر الأول", body }),
      importArticle(second, { title: "نسخة المحرر الثاني", body }),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]!.articleId).toBe(results[1]!.articleId);
    expect(results[0]!.claimCount).toBe(results[1]!.claimCount);
    const after = await importFootprint();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.claims).toBe(before.claims + results[0]!.claimCount);
  });
});

describe("importArticle refusals", () => {
  const valid = () => ({ title: `عنوان ${uniqueTag()}`, body: `${SEED_ARTICLE.body}\n\n${uniqueTag()}` });

  it.each([
    ["an empty body", { body: "" }, /article text is empty/],
    ["a whitespace-only body", { body: " \n\t\r\n  " }, /empty/],
    ["a body of invisible control characters", { body: "\u0000\u0007\u200e\u0008" }, /empty/],
    ["a blank title", { title: "   " }, /title: A title is required/],
    ["a missing title", { title: undefined }, /title: A title is required/],
    ["a javascript: source URL", { sourceUrl: "javascript:alert(document.cookie)" }, /sourceUrl: Only http\(s\) links/],
    ["a file: source URL", { sourceUrl: "file:///etc/passwd" }, /sourceUrl: Only http\(s\) links/],
    ["an unsupported language", { language: "de" }, /language/],
  ] as const)("refuses %s with BAD_REQUEST and writes nothing", async (_label, override, message) => {
    const before = await importFootprint();
    const input = { ...valid(), ...override } as Parameters<typeof importArticle>[1];
    await expect(importArticle(editor, input)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(message) });
    expect(await importFootprint()).toEqual(before);
  });

  it("refuses a user whose role the permission map does not know, and a missing actor", async () => {
    const user = await newUser("EDITOR");
    const before = await importFootprint();
    await expect(importArticle({ id: user.id, role: "INTERN" }, valid())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importArticle({ id: user.id, role: "" }, valid())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importArticle(null as never, valid())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await importFootprint()).toEqual(before);
  });

  it("stores metadata trimmed to one clean line, with the source URL kept exactly", async () => {
    const reviewer = await newUser("REVIEWER");
    const mark = await auditMark();
    // Pasted headlines carry line breaks and invisible debris; PostgreSQL refuses NUL outright.
    const input = {
      ...valid(),
      title: " باريس\u0000 والرباط\r\n ترفعان التنسيق ",
      outlet: "  Le\u0000360  ",
      sourceUrl: " https://fr.le360.ma/societe/cooperation ",
      publishedAt: "2025-04-14",
    };
    const result = await importArticle(reviewer, input);
    const article = await db.article.findUniqueOrThrow({ where: { id: result.articleId } });
    expect(article).toMatchObject({
      title: "باريس والرباط ترفعان التنسيق",
      outlet: "Le360",
      sourceUrl: "https://fr.le360.ma/societe/cooperation",
      createdById: reviewer.id,
    });
    expect(article.publishedAt?.toISOString()).toBe("2025-04-14T00:00:00.000Z");
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([["article.import", result.articleId]]);
  });
});
