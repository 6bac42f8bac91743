import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Claim, ClaimStatus, ClaimType } from "@/lib/generated/prisma/client";
import { countByStatus } from "@/lib/workflow/count-by-status";
import { findQueue } from "@/lib/workflow/find-queue";
import type { QueueSort, TFindQueueInput } from "@/lib/workflow/schemas/queue";
import { createArticle, createClaimAt, createSource, createUser, expectAppError, type TestUser } from "../helpers/workflow-fixtures";

// Every claim here carries this made-up language, so the queue's language filter scopes the tests to their own rows
// while the rest of the query runs across articles exactly as in production.
const LANGUAGE = `q${randomUUID().slice(0, 8)}`;
const STATUSES: ClaimStatus[] = ["NEW", "IN_RESEARCH", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "DISMISSED"];
const TYPES: ClaimType[] = ["NUMERIC", "ATTRIBUTION", "EVENT"];

let me: TestUser;
let colleague: TestUser;
const claims: Claim[] = [];
const articleIds: string[] = [];

beforeAll(async () => {
  me = await createUser({ role: "REVIEWER" });
  colleague = await createUser();
  const base = Date.parse("2026-03-01T08:00:00Z");
  for (let a = 0; a < 3; a++) {
    const article = await createArticle({ language: LANGUAGE, title: `queue article ${a}` });
    articleIds.push(article.id);
    for (let i = 0; i < 20; i++) {
      const n = a * 20 + i;
      claims.push(
        await createClaimAt(article, i * 40, i * 40 + 30, {
          // Few distinct values on purpose: ties on score, creation time and due date are where cursors break.
          score: [0.9, 0.75, 0.75, 0.5, 0.2][n % 5],
          createdAt: new Date(base + Math.floor(n / 3) * 60_000),
          dueAt: n % 4 === 0 ? null : new Date(base + (n % 3) * 86_400_000),
          status: STATUSES[n % STATUSES.length],
          type: TYPES[n % TYPES.length],
          assigneeId: n % 3 === 0 ? me.id : n % 3 === 1 ? colleague.id : null,
        }),
      );
    }
  }
});

const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const REFERENCE: Record<QueueSort, (a: Claim, b: Claim) => number> = {
  score: (a, b) => b.score - a.score || byId(a, b),
  oldest: (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byId(a, b),
  newest: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byId(b, a),
  due: (a, b) => {
    if (!a.dueAt || !b.dueAt) return (a.dueAt ? 0 : 1) - (b.dueAt ? 0 : 1) || byId(a, b);
    return a.dueAt.getTime() - b.dueAt.getTime() || byId(a, b);
  },
};

async function readAllPages(input: TFindQueueInput) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await findQueue(me, { ...input, language: LANGUAGE, cursor });
    ids.push(...result.rows.map((row) => row.id));
    if (!result.nextCursor) return ids;
    cursor = result.nextCursor;
  }
  throw new Error("pagination did not end");
}

describe("findQueue ordering and pagination", () => {
  it.each<QueueSort>(["score", "oldest", "newest", "due"])("lists every claim exactly once, in %s order, across pages", async (sort) => {
    const ids = await readAllPages({ sort, limit: 7 });
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...claims].sort(REFERENCE[sort]).map((c) => c.id));
  });

  it("defaults to the most check-worthy first and returns article and assignee for each row", async () => {
    const { rows, nextCursor } = await findQueue(me, { language: LANGUAGE, limit: 5 });
    expect(rows.map((r) => r.score)).toEqual([0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(nextCursor).not.toBeNull();
    const row = rows.find((r) => r.assignee)!;
    expect(row.article).toMatchObject({ language: LANGUAGE, direction: "LTR" });
    expect(row.article.title).toMatch(/^queue article/);
    expect([me.name, colleague.name]).toContain(row.assignee!.name);
    expect(row.sourceCount).toBe(0);
  });

  it("counts each row's own sources", async () => {
    const [withTwo, withOne] = [...claims].sort(REFERENCE.score);
    const added = [
      await createSource(withTwo!.id, me),
      await createSource(withTwo!.id, me),
      await createSource(withOne!.id, me),
    ];
    try {
      const { rows } = await findQueue(me, { language: LANGUAGE, limit: 3 });
      expect(rows.map((r) => r.sourceCount)).toEqual([2, 1, 0]);
    } finally {
      await db.source.deleteMany({ where: { id: { in: added.map((s) => s.id) } } });
    }
  });

  it("neither repeats nor skips rows when claims are added before the cursor between pages", async () => {
    const first = await findQueue(me, { language: LANGUAGE, limit: 10 });
    const article = await db.article.findUniqueOrThrow({ where: { id: articleIds[0]! } });
    const intruder = await createClaimAt(article, 900, 920, { score: 0.95 });
    try {
      const rest = await readAllPagesFrom(first.nextCursor!);
      const seen = [...first.rows.map((r) => r.id), ...rest];
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...claims].sort(REFERENCE.score).map((c) => c.id));
    } finally {
      await db.claim.delete({ where: { id: intruder.id } });
    }
  });

  it("refuses a broken cursor and a cursor from another sort order", async () => {
    await expectAppError(findQueue(me, { language: LANGUAGE, cursor: "not-a-cursor" }), "BAD_REQUEST");
    const { nextCursor } = await findQueue(me, { language: LANGUAGE, sort: "due", limit: 3 });
    await expectAppError(findQueue(me, { language: LANGUAGE, sort: "score", cursor: nextCursor! }), "BAD_REQUEST");
  });
});

async function readAllPagesFrom(cursor: string) {
  const ids: string[] = [];
  let next: string | null = cursor;
  while (next) {
    const page = await findQueue(me, { language: LANGUAGE, limit: 10, cursor: next });
    ids.push(...page.rows.map((r) => r.id));
    next = page.nextCursor;
  }
  return ids;
}

describe("findQueue filters", () => {
  const expectIds = async (input: TFindQueueInput, keep: (c: Claim) => boolean) => {
    const ids = await readAllPages({ ...input, limit: 50 });
    expect(ids.sort()).toEqual(claims.filter(keep).map((c) => c.id).sort());
    expect(ids.length).toBeGreaterThan(0);
  };

  it("by several statuses", () => expectIds({ status: ["IN_REVIEW", "APPROVED"] }, (c) => c.status === "IN_REVIEW" || c.status === "APPROVED"));
  it("by status given as a comma list (URL form)", () => expectIds({ status: "NEW,DISMISSED" }, (c) => c.status === "NEW" || c.status === "DISMISSED"));
  it('by assignee "me"', () => expectIds({ assignee: "me" }, (c) => c.assigneeId === me.id));
  it('by assignee "unassigned"', () => expectIds({ assignee: "unassigned" }, (c) => c.assigneeId === null));
  it("by assignee id", () => expectIds({ assignee: colleague.id }, (c) => c.assigneeId === colleague.id));
  it("by article", () => expectIds({ articleId: articleIds[1] }, (c) => c.articleId === articleIds[1]));
  it("by type", () => expectIds({ type: ["NUMERIC"] }, (c) => c.type === "NUMERIC"));
  it("by score range", () => expectIds({ minScore: 0.5, maxScore: 0.75 }, (c) => c.score >= 0.5 && c.score <= 0.75));
  it("combined, across pages", () =>
    expectIds({ assignee: "me", status: ["NEW", "IN_REVIEW", "APPROVED"], sort: "due" }, (c) => c.assigneeId === me.id && ["NEW", "IN_REVIEW", "APPROVED"].includes(c.status)));

  it("by language, leaving out claims of other languages", async () => {
    const page = await findQueue(me, { language: "xx-none", limit: 5 });
    expect(page).toEqual({ rows: [], nextCursor: null });
  });

  it("refuses an unknown status", async () => {
    await expectAppError(findQueue(me, { status: ["LOST" as ClaimStatus] }), "BAD_REQUEST");
  });
});

describe("countByStatus", () => {
  it("counts every status (zeros included) under the other filters", async () => {
    const counts = await countByStatus(me, { language: LANGUAGE, assignee: "unassigned" });
    const mine = claims.filter((c) => c.assigneeId === null);
    expect(counts).toEqual({
      NEW: mine.filter((c) => c.status === "NEW").length,
      IN_RESEARCH: mine.filter((c) => c.status === "IN_RESEARCH").length,
      IN_REVIEW: mine.filter((c) => c.status === "IN_REVIEW").length,
      CHANGES_REQUESTED: mine.filter((c) => c.status === "CHANGES_REQUESTED").length,
      APPROVED: mine.filter((c) => c.status === "APPROVED").length,
      DISMISSED: mine.filter((c) => c.status === "DISMISSED").length,
      PUBLISHED: 0,
    });
  });
});
