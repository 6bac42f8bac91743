import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ClaimStatus, Prisma, Role } from "@/lib/generated/prisma/client";

/**
 * Factories for workflow integration tests. They write rows directly with `db` (no workflow operation, no audit
 * event), so a test sets up exactly the state it needs and every audit event it counts is one the code under test
 * wrote. Every factory makes unique values, so test files can share the one scratch database.
 */

/** A real Arabic news article (UTF-16 offsets matter: it mixes Arabic, digits and Latin quotes). */
export const SEED_ARTICLE_BODY = readFileSync(new URL("../fixtures/seed-article.ar.txt", import.meta.url), "utf8");

export interface TestUser extends Actor {
  name: string;
  email: string;
}

export async function createUser(options: { role?: Role; name?: string; active?: boolean } = {}): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      name: options.name ?? `${(options.role ?? "EDITOR").toLowerCase()}-${tag}`,
      email: `${tag}@sanad.test`,
      passwordHash: "not-a-real-hash",
      role: options.role ?? "EDITOR",
      active: options.active ?? true,
    },
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

export async function createArticle(
  options: { body?: string; title?: string; language?: string; createdBy?: Actor; createdAt?: Date } = {},
) {
  const createdBy = options.createdBy ?? (await createUser({ role: "EDITOR" }));
  const language = options.language ?? "ar";
  return db.article.create({
    data: {
      title: options.title ?? `مقال تجريبي ${randomUUID().slice(0, 6)}`,
      body: options.body ?? SEED_ARTICLE_BODY,
      language,
      direction: language === "ar" ? "RTL" : "LTR",
      contentHash: randomUUID(),
      createdById: createdBy.id,
      createdAt: options.createdAt,
    },
  });
}

type ClaimOverrides = Partial<
  Pick<
    Prisma.ClaimUncheckedCreateInput,
    "score" | "type" | "assigneeId" | "priority" | "dueAt" | "createdAt" | "version" | "dismissReason" | "origin" | "language"
  >
> & { status?: ClaimStatus };

/** A claim over the first occurrence of `phrase` in the article body (throws if the phrase is not there). */
export async function createClaim(article: { id: string; body: string; language: string }, phrase: string, overrides: ClaimOverrides = {}) {
  const start = article.body.indexOf(phrase);
  if (start === -1) throw new Error(`Phrase not in article: ${phrase}`);
  return createClaimAt(article, start, start + phrase.length, overrides);
}

export async function createClaimAt(
  article: { id: string; body: string; language: string },
  start: number,
  end: number,
  overrides: ClaimOverrides = {},
) {
  const text = article.body.slice(start, end);
  return db.claim.create({
    data: {
      articleId: article.id,
      start,
      end,
      text,
      normalizedText: text,
      sentenceIndex: 0,
      score: 0.5,
      type: "OTHER",
      language: article.language,
      ...overrides,
    },
  });
}

export async function createSource(claimId: string, addedBy: Actor, overrides: Partial<Prisma.SourceUncheckedCreateInput> = {}) {
  return db.source.create({
    data: {
      claimId,
      url: `https://example.org/${randomUUID()}`,
      title: "مصدر",
      stance: "SUPPORTS",
      accessedAt: new Date(),
      addedById: addedBy.id,
      ...overrides,
    },
  });
}

export async function createVerdict(
  claimId: string,
  author: Actor,
  overrides: Partial<Prisma.VerdictUncheckedCreateInput> = {},
) {
  const latest = await db.verdict.findFirst({ where: { claimId }, orderBy: { revision: "desc" } });
  return db.verdict.create({
    data: {
      claimId,
      revision: (latest?.revision ?? 0) + 1,
      rating: "FALSE",
      rationale: "تقرير يفند الادعاء.",
      authorId: author.id,
      ...overrides,
    },
  });
}

/** Audit events that belong to a claim, oldest first. */
export function auditEventsFor(claimId: string) {
  return db.auditEvent.findMany({ where: { OR: [{ claimId }, { entityType: "Claim", entityId: claimId }] }, orderBy: { id: "asc" } });
}

/** Highest audit id so far: "events written since" is `auditEventsSince(mark)`. */
export async function auditMark(): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

export function auditEventsSince(mark: bigint) {
  return db.auditEvent.findMany({ where: { id: { gt: mark } }, orderBy: { id: "asc" } });
}

/** Runs `action` expecting an AppError with `code`; returns the error for further checks. */
export async function expectAppError(action: Promise<unknown>, code: string) {
  try {
    await action;
  } catch (error) {
    const appError = error as { code?: string; params?: Record<string, unknown>; message: string };
    if (appError.code !== code) throw new Error(`Expected ${code}, got ${appError.code ?? "an unexpected error"}: ${appError.message}`);
    return appError as { code: string; params: Record<string, string | number>; message: string };
  }
  throw new Error(`Expected ${code}, but the operation succeeded`);
}

/** The versioned reference every claim mutation takes, from a claim row as the database returned it. */
export function ref(claim: { articleId: string; id: string; version: number }) {
  return { articleId: claim.articleId, claimId: claim.id, version: claim.version };
}
