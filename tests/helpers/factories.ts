import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { importArticle } from "@/lib/articles/import-article";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { splitHeadline } from "@/lib/demo/seed-demo";
import type { Rating, Role } from "@/lib/generated/prisma/client";
import { createUserFromShell } from "@/lib/users/create-user";

/**
 * Factories for the article, import-host and publishing integration tests. Users and articles go through the real
 * operations (createUser, importArticle) so the rows look exactly like production ones; approved verdicts are written
 * directly, because the review workflow has its own tests and these files only need its outcome.
 * All test files share one scratch database, so every factory makes unique values.
 */

export const PASSWORD = "correct horse battery";

/** The seed article exactly as the demo imports it: headline on the first line, body after. */
export const SEED_ARTICLE = splitHeadline(readFileSync(new URL("../fixtures/seed-article.ar.txt", import.meta.url), "utf8"));

export interface TestUser extends Actor {
  name: string;
  email: string;
}

export async function newUser(role: Role = "EDITOR", name?: string): Promise<TestUser> {
  const tag = randomUUID().slice(0, 8);
  const user = await createUserFromShell({
    name: name ?? `${role.toLowerCase()} ${tag}`,
    email: `${role.toLowerCase()}-${tag}@test.local`,
    password: PASSWORD,
    role,
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** Latin letters only: a tag made of digits could read as a number and become a claim of its own. */
export function uniqueTag(): string {
  return [...randomBytes(10)].map((b) => String.fromCharCode(97 + (b % 26))).join("");
}

/**
 * Imports the seed article's text with a unique closing line, so each call creates a new article (import
 * de-duplicates by content hash) with the same claims as the seed.
 */
export async function importSeedCopy(actor: Actor, options: { title?: string; outlet?: string } = {}) {
  const tag = uniqueTag();
  const result = await importArticle(actor, {
    title: options.title ?? `${SEED_ARTICLE.title} (${tag})`,
    body: `${SEED_ARTICLE.body}\n\n— ${tag}`,
    language: "ar",
    outlet: options.outlet ?? "Le360",
    sourceUrl: `https://example.org/articles/${tag}`,
  });
  if (!result.created) throw new Error("importSeedCopy expected a new article");
  return db.article.findUniqueOrThrow({
    where: { id: result.articleId },
    include: { claims: { orderBy: [{ start: "asc" }, { end: "asc" }] } },
  });
}

/** The stored claim whose text contains `phrase` (throws when none does, so a test never checks the wrong claim). */
export function claimContaining<T extends { text: string }>(claims: readonly T[], phrase: string): T {
  const claim = claims.find((c) => c.text.includes(phrase));
  if (!claim) throw new Error(`No claim contains ${phrase}; claims were:\n${claims.map((c) => c.text).join("\n")}`);
  return claim;
}

/**
 * Writes the next verdict revision of a claim, approved by `reviewer`, and sets the claim APPROVED — the state the
 * four-eyes review leaves behind. The version bump mirrors what the workflow does on every status change.
 */
export async function approveVerdict(
  claimId: string,
  { author, reviewer, rating = "FALSE", rationale = "تقارير رسمية تفند الرقم المذكور.", correctionNote = null }: {
    author: Actor;
    reviewer: Actor;
    rating?: Rating;
    rationale?: string;
    correctionNote?: string | null;
  },
) {
  return db.$transaction(async (tx) => {
    const latest = await tx.verdict.findFirst({ where: { claimId }, orderBy: { revision: "desc" }, select: { revision: true } });
    const verdict = await tx.verdict.create({
      data: { claimId, revision: (latest?.revision ?? 0) + 1, rating, rationale, correctionNote, authorId: author.id },
    });
    await tx.review.create({ data: { claimId, verdictId: verdict.id, reviewerId: reviewer.id, decision: "APPROVE" } });
    await tx.claim.update({ where: { id: claimId }, data: { status: "APPROVED", version: { increment: 1 } } });
    return verdict;
  });
}

/** Highest audit id so far: "events written since" is `auditEventsSince(mark)`. */
export async function auditMark(): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? BigInt(0);
}

export function auditEventsSince(mark: bigint) {
  return db.auditEvent.findMany({ where: { id: { gt: mark } }, orderBy: { id: "asc" } });
}

/** Row counts of everything an import writes, to prove a refused or failed import wrote nothing. */
export async function importFootprint() {
  const [articles, claims, auditEvents] = await Promise.all([db.article.count(), db.claim.count(), db.auditEvent.count()]);
  return { articles, claims, auditEvents };
}
