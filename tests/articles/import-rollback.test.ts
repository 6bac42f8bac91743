import { beforeAll, describe, expect, it, vi } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { db } from "@/lib/db";
import type { ExtractionResult } from "@/lib/extraction";
import { importFootprint, newUser, SEED_ARTICLE, uniqueTag, type TestUser } from "../helpers/factories";

/**
 * A failure after the article row is written must take the article with it. The extractor is wrapped so one test can
 * make it hand back a claim the database refuses (a type outside the ClaimType enum): validation has passed, the
 * article insert succeeds, and only the claim insert fails — inside the transaction.
 */
const sabotage = vi.hoisted(() => ({ corruptClaims: false }));

vi.mock("@/lib/extraction", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/extraction")>();
  return {
    ...original,
    extractClaims: (...args: Parameters<typeof original.extractClaims>): ExtractionResult => {
      const result = original.extractClaims(...args);
      if (!sabotage.corruptClaims) return result;
      // The last claim, so earlier rows are valid; check-worthy, so it is among the rows stored.
      const last = result.claims.length - 1;
      return { ...result, claims: result.claims.map((c, i) => (i === last ? { ...c, checkWorthy: true, type: "RUMOUR" as never } : c)) };
    },
  };
});

let editor: TestUser;

beforeAll(async () => {
  editor = await newUser("EDITOR");
});

describe("importArticle is all or nothing", () => {
  it("leaves no article, claim or audit event behind when the claim insert fails", async () => {
    const tag = uniqueTag();
    const title = `مقال سيفشل ${tag}`;
    const before = await importFootprint();
    sabotage.corruptClaims = true;
    try {
      await expect(importArticle(editor, { title, body: `${SEED_ARTICLE.body}\n\n${tag}`, language: "ar" })).rejects.toThrow();
    } finally {
      sabotage.corruptClaims = false;
    }
    expect(await importFootprint()).toEqual(before);
    expect(await db.article.count({ where: { title } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "article.import", after: { path: ["title"], equals: title } } })).toBe(0);
  });

  it("imports the same text normally once the failure is gone (nothing half-written blocks it)", async () => {
    const tag = uniqueTag();
    const body = `${SEED_ARTICLE.body}\n\n${tag}`;
    sabotage.corruptClaims = true;
    await expect(importArticle(editor, { title: `أولى ${tag}`, body })).rejects.toThrow();
    sabotage.corruptClaims = false;
    // Had the article row survived the failure, its content hash would turn this into created:false with no claims.
    const result = await importArticle(editor, { title: `ثانية ${tag}`, body });
    expect(result.created).toBe(true);
    expect(result.claimCount).toBeGreaterThan(0);
    expect(await db.claim.count({ where: { articleId: result.articleId } })).toBe(result.claimCount);
  });
});
