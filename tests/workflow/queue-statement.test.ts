import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ClaimStatus, ClaimType, Prisma } from "@/lib/generated/prisma/client";
import { findQueue } from "@/lib/workflow/find-queue";
import { cursorFor, decodeCursor, encodeCursor, type QueueCursor } from "@/lib/workflow/internal/queue-keyset";
import { queueWhere } from "@/lib/workflow/internal/queue-where";
import { ZFindQueueInput, type QueueSort, type TFindQueueInput } from "@/lib/workflow/schemas/queue";
import { createArticle, createUser, expectAppError, type TestUser } from "../helpers/workflow-fixtures";

/**
 * findQueue fetches a page in one SQL statement. This file proves it answers exactly what the Prisma implementation
 * it replaced answered — the same rows, field for field, on the same page boundaries with the same cursors — for
 * every sort and a spread of filters, walking every page; and that the pages, put end to end, are the filtered claims
 * sorted in memory. The data is built for the edges: many ties on score, creation time and due date, null due dates
 * and assignees, scores that are not short decimals, timestamps with milliseconds, claims with and without sources.
 */

// A made-up language scopes every query to this file's claims (the queue itself runs across all articles).
const LANGUAGE = `s${randomUUID().slice(0, 8)}`;
const CLAIM_COUNT = 300;
const SORTS: QueueSort[] = ["score", "oldest", "newest", "due"];
const STATUSES: ClaimStatus[] = ["NEW", "IN_RESEARCH", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DISMISSED", "PUBLISHED"];
const TYPES: ClaimType[] = ["NUMERIC", "ATTRIBUTION", "EVENT", "OTHER"];
// 0.1 + 0.2 has no short decimal form: a cursor must carry it through JSON and SQL without moving it.
const SCORES = [1, 0.9, 0.75, 0.75, 0.1 + 0.2, 0.3, 0.5, 0, 0.123];

let me: TestUser;
let colleague: TestUser;
const articleIds: string[] = [];

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  me = await createUser({ role: "REVIEWER" });
  colleague = await createUser();
  const author = await createUser();
  const articles: Awaited<ReturnType<typeof createArticle>>[] = [];
  for (let a = 0; a < 4; a++) {
    const article = await createArticle({ language: LANGUAGE, title: `statement article ${a}`, createdBy: author });
    articles.push(article);
    articleIds.push(article.id);
  }
  const next = random(20260301);
  const base = Date.parse("2026-03-01T08:00:00Z");
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const data: Prisma.ClaimCreateManyInput[] = Array.from({ length: CLAIM_COUNT }, (_, n) => {
    const article = articles[n % articles.length]!;
    const start = (n % 30) * 100;
    const text = article.body.slice(start, start + 60);
    const due = next();
    return {
      articleId: article.id,
      start,
      end: start + 60,
      sentenceIndex: 0,
      text,
      normalizedText: text,
      language: LANGUAGE,
      score: pick(SCORES),
      type: pick(TYPES),
      status: pick(STATUSES),
      assigneeId: pick([me.id, colleague.id, null, null]),
      priority: n % 4,
      version: 1 + (n % 5),
      // A handful of distinct instants, some with milliseconds: long runs of ties in both orders.
      createdAt: new Date(base + Math.floor(next() * 12) * 60_000 + (n % 7 === 0 ? 123 : 0)),
      dueAt: due < 0.35 ? null : new Date(base + Math.floor(due * 8) * 86_400_000 + (n % 11 === 0 ? 7 : 0)),
    };
  });
  await db.claim.createMany({ data });
  const claims = await db.claim.findMany({ where: { language: LANGUAGE }, select: { id: true } });
  const sources: Prisma.SourceCreateManyInput[] = claims.flatMap((claim, i) =>
    Array.from({ length: i % 4 }, (_, k) => ({
      claimId: claim.id,
      url: `https://example.org/${claim.id}/${k}`,
      title: "source",
      stance: "SUPPORTS" as const,
      accessedAt: new Date(base),
      addedById: me.id,
    })),
  );
  await db.source.createMany({ data: sources });
});

const FILTERS: Array<{ name: string; filters: TFindQueueInput }> = [
  { name: "no filter", filters: {} },
  { name: "two statuses", filters: { status: ["NEW", "IN_RESEARCH"] } },
  { name: "assigned to me", filters: { assignee: "me" } },
  { name: "unassigned, two types (URL form)", filters: { assignee: "unassigned", type: "NUMERIC,EVENT" } },
  { name: "one article", filters: { articleId: "article:1" } },
  { name: "score range with inexact bound", filters: { minScore: 0.3, maxScore: 0.9 } },
  { name: "colleague, three statuses, min score", filters: { assignee: "colleague", status: "IN_REVIEW,APPROVED,DISMISSED", minScore: 0.5 } },
  { name: "nothing matches", filters: { minScore: 0.95, maxScore: 0.99 } },
];

/** Fills in the ids only known once the data exists. */
function resolve(filters: TFindQueueInput): TFindQueueInput {
  return {
    ...filters,
    language: LANGUAGE,
    ...(filters.articleId ? { articleId: articleIds[Number(filters.articleId.split(":")[1])] } : {}),
    ...(filters.assignee === "colleague" ? { assignee: colleague.id } : {}),
  };
}

describe("findQueue's one statement answers what the Prisma queries answered", () => {
  const cases = SORTS.flatMap((sort) => FILTERS.map(({ name, filters }, i) => ({ sort, name, filters, limit: [7, 13, 50, 1][(i + SORTS.indexOf(sort)) % 4]! })));

  it.each(cases)("$sort sort, $name, $limit a page: every page and cursor equal", async ({ sort, filters, limit }) => {
    const input = { ...resolve(filters), sort, limit };
    const expected = await inMemoryQueue(input);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; ; page++) {
      expect(page).toBeLessThanOrEqual(CLAIM_COUNT);
      const actual = await findQueue(me, { ...input, cursor });
      const reference = await findQueueWithPrisma({ ...input, cursor });
      expect(actual).toEqual(reference);
      // Same field order too: the JSON the API sends is byte for byte what it was.
      expect(JSON.stringify(actual)).toBe(JSON.stringify(reference));
      expect(actual.rows.map((row) => row.id)).toEqual(expected.slice(page * limit, (page + 1) * limit));
      seen.push(...actual.rows.map((row) => row.id));
      if (!actual.nextCursor) break;
      cursor = actual.nextCursor;
    }
    expect(seen).toEqual(expected);
  });

  it("returns Dates, numbers and nested objects, not strings or bigints", async () => {
    const { rows } = await findQueue(me, { language: LANGUAGE, sort: "due", limit: 200 });
    const dated = rows.find((row) => row.dueAt)!;
    const undated = rows.find((row) => !row.dueAt)!;
    const assigned = rows.find((row) => row.assignee)!;
    expect(dated.dueAt).toBeInstanceOf(Date);
    expect(undated.dueAt).toBeNull();
    expect(dated.createdAt).toBeInstanceOf(Date);
    expect(dated.updatedAt).toBeInstanceOf(Date);
    expect(typeof dated.score).toBe("number");
    expect(typeof dated.version).toBe("number");
    expect(typeof dated.priority).toBe("number");
    expect(typeof dated.sourceCount).toBe("number");
    expect(rows.some((row) => row.sourceCount === 3)).toBe(true);
    expect([me.id, colleague.id]).toContain(assigned.assignee!.id);
    expect(Object.keys(assigned.assignee!)).toEqual(["id", "name"]);
    expect(assigned.article).toEqual({ title: expect.stringMatching(/^statement article/), language: LANGUAGE, direction: "LTR" });
  });

  it("refuses a forged cursor whose value does not fit its sort, before any SQL", async () => {
    const id = randomUUID();
    for (const [sort, value] of [
      ["score", "2026-03-01T08:00:00.000Z"],
      ["score", null],
      ["oldest", 0.5],
      ["newest", null],
      ["due", 0.5],
    ] as const) {
      await expectAppError(findQueue(me, { language: LANGUAGE, sort, cursor: encodeCursor({ sort, value, id }) }), "BAD_REQUEST");
    }
  });

  it("reads a cursor's score exactly, even one without a short decimal form", async () => {
    const inexact = 0.1 + 0.2;
    const all = await inMemoryQueue({ language: LANGUAGE, sort: "score" });
    const ties = (await db.claim.findMany({ where: { language: LANGUAGE, score: inexact }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    expect(ties.length).toBeGreaterThan(1);
    const cursor = encodeCursor({ sort: "score", value: inexact, id: ties[0]! });
    const { rows } = await findQueue(me, { language: LANGUAGE, sort: "score", cursor, limit: 3 });
    const after = all.indexOf(ties[0]!) + 1;
    expect(rows.map((row) => row.id)).toEqual(all.slice(after, after + 3));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// References.

const QUEUE_ROW_SELECT = {
  id: true,
  articleId: true,
  text: true,
  normalizedText: true,
  status: true,
  score: true,
  type: true,
  language: true,
  origin: true,
  priority: true,
  dueAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  assignee: { select: { id: true, name: true } },
  article: { select: { title: true, language: true, direction: true } },
} as const;

interface PrismaSegment {
  where: Prisma.ClaimWhereInput;
  orderBy: Prisma.ClaimOrderByWithRelationInput[];
}

/** The keyset segments as the Prisma implementation expressed them. */
function prismaSegmentsAfter(sort: QueueSort, cursor: QueueCursor | null): PrismaSegment[] {
  switch (sort) {
    case "score": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ score: "desc" }, { id: "asc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const score = cursor.value as number;
      return [
        { where: { score, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { score: { lt: score } }, orderBy },
      ];
    }
    case "oldest": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const at = new Date(cursor.value as string);
      return [
        { where: { createdAt: at, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { createdAt: { gt: at } }, orderBy },
      ];
    }
    case "newest": {
      const orderBy: Prisma.ClaimOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
      if (!cursor) return [{ where: {}, orderBy }];
      const at = new Date(cursor.value as string);
      return [
        { where: { createdAt: at, id: { lt: cursor.id } }, orderBy: [{ id: "desc" }] },
        { where: { createdAt: { lt: at } }, orderBy },
      ];
    }
    case "due": {
      const undated: PrismaSegment = { where: { dueAt: null }, orderBy: [{ id: "asc" }] };
      if (!cursor) return [{ where: {}, orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }] }];
      if (cursor.value === null) return [{ where: { dueAt: null, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] }];
      const due = new Date(cursor.value);
      return [
        { where: { dueAt: due, id: { gt: cursor.id } }, orderBy: [{ id: "asc" }] },
        { where: { dueAt: { gt: due } }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] },
        undated,
      ];
    }
  }
}

/** findQueue as it was before it became one statement: a findMany per segment, then the page's source counts. */
async function findQueueWithPrisma(raw: TFindQueueInput) {
  const input = ZFindQueueInput.parse(raw);
  const filters = queueWhere(me, input);
  const cursor = input.cursor ? decodeCursor(input.cursor, input.sort) : null;
  const wanted = input.limit + 1;
  const rows = [];
  for (const segment of prismaSegmentsAfter(input.sort, cursor)) {
    rows.push(
      ...(await db.claim.findMany({
        where: { AND: [filters, segment.where] },
        orderBy: segment.orderBy,
        take: wanted - rows.length,
        select: QUEUE_ROW_SELECT,
      })),
    );
    if (rows.length >= wanted) break;
  }
  const hasMore = rows.length > input.limit;
  const page = hasMore ? rows.slice(0, input.limit) : rows;
  const last = page[page.length - 1];
  const groups = page.length
    ? await db.source.groupBy({ by: ["claimId"], where: { claimId: { in: page.map((row) => row.id) } }, _count: { _all: true } })
    : [];
  const counts = new Map(groups.map((group) => [group.claimId, group._count._all]));
  return {
    rows: page.map((row) => ({ ...row, sourceCount: counts.get(row.id) ?? 0 })),
    nextCursor: hasMore && last ? encodeCursor(cursorFor(last, input.sort)) : null,
  };
}

/** Every matching claim id in sort order, filtered and sorted in JS from all of this file's claims. */
async function inMemoryQueue(raw: TFindQueueInput): Promise<string[]> {
  const input = ZFindQueueInput.parse(raw);
  const claims = await db.claim.findMany({ where: { language: LANGUAGE } });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const time = (date: Date | null) => (date ? date.getTime() : Number.POSITIVE_INFINITY);
  const compare: Record<QueueSort, (a: (typeof claims)[number], b: (typeof claims)[number]) => number> = {
    score: (a, b) => b.score - a.score || byId(a, b),
    oldest: (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b),
    newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b, a),
    // Both undated: Infinity - Infinity is NaN, which `||` passes over to the id.
    due: (a, b) => time(a.dueAt) - time(b.dueAt) || byId(a, b),
  };
  const assigneeId = input.assignee === "me" ? me.id : input.assignee === "unassigned" ? null : input.assignee;
  return claims
    .filter(
      (c) =>
        (!input.status?.length || input.status.includes(c.status)) &&
        (input.assignee === undefined || c.assigneeId === assigneeId) &&
        (!input.articleId || c.articleId === input.articleId) &&
        (!input.type?.length || input.type.includes(c.type)) &&
        (input.minScore === undefined || c.score >= input.minScore) &&
        (input.maxScore === undefined || c.score <= input.maxScore),
    )
    .sort(compare[input.sort])
    .map((c) => c.id);
}
