import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { addClaim } from "@/lib/workflow/add-claim";
import { addComment } from "@/lib/workflow/add-comment";
import { addSource } from "@/lib/workflow/add-source";
import { assignClaim } from "@/lib/workflow/assign-claim";
import { bulkAssign } from "@/lib/workflow/bulk-assign";
import { bulkDismiss } from "@/lib/workflow/bulk-dismiss";
import { dismissClaim } from "@/lib/workflow/dismiss-claim";
import { mergeClaims } from "@/lib/workflow/merge-claims";
import { proposeVerdict } from "@/lib/workflow/propose-verdict";
import { removeSource } from "@/lib/workflow/remove-source";
import { reopenClaimForCorrection } from "@/lib/workflow/reopen-claim";
import { restoreClaim } from "@/lib/workflow/restore-claim";
import { reviewVerdict } from "@/lib/workflow/review-verdict";
import { setClaimPlan } from "@/lib/workflow/set-claim-plan";
import { splitClaim } from "@/lib/workflow/split-claim";
import { takeClaim } from "@/lib/workflow/take-claim";
import { unassignClaim } from "@/lib/workflow/unassign-claim";
import { updateClaimSpan } from "@/lib/workflow/update-claim-span";
import { updateNormalizedText } from "@/lib/workflow/update-normalized-text";
import { updateSource } from "@/lib/workflow/update-source";
import {
  auditEventsSince,
  auditMark,
  createArticle,
  createClaim,
  createSource,
  createUser,
  createVerdict,
  type TestUser,
} from "../helpers/workflow-fixtures";

// Makes the audit write fail on demand. If an operation wrote its change outside the audit's transaction, the change
// would survive the failure; the test below proves every operation leaves nothing behind.
const audit = vi.hoisted(() => ({ failing: false }));
vi.mock("@/lib/audit", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (audit.failing) throw new Error("audit store unavailable");
      return real.recordAudit(...args);
    },
  };
});

const FIRST = "كما حدث عقب هجمات باتاكلان في باريس سنة 2015";
const SECOND = "حين ساهمت معلومات استخباراتية مغربية في تحديد موقع العقل المدبر للهجوم عبد الحميد أباعود";

let admin: TestUser;
let editor: TestUser;
beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  editor = await createUser();
});

type Ref = { articleId: string; id: string; version: number };
const ref = (claim: Ref) => ({ articleId: claim.articleId, claimId: claim.id, version: claim.version });

interface Case {
  /** Builds fresh state; returns the article and the operation to run as `actor`. */
  setup(): Promise<{ articleId: string; run: (actor: Actor) => Promise<unknown>; claims: number }>;
}

async function oneClaim(overrides: Parameters<typeof createClaim>[2] = {}) {
  const article = await createArticle();
  const claim = await createClaim(article, FIRST, overrides);
  return { article, claim };
}

const CASES: Record<string, Case> = {
  addClaim: {
    async setup() {
      const article = await createArticle();
      const start = article.body.indexOf(FIRST);
      return { articleId: article.id, claims: 1, run: (a) => addClaim(a, { articleId: article.id, start, end: start + FIRST.length }) };
    },
  },
  updateClaimSpan: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => updateClaimSpan(a, { ...ref(claim), start: claim.start, end: claim.end - 5 }) };
    },
  },
  updateNormalizedText: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => updateNormalizedText(a, { ...ref(claim), normalizedText: "نص" }) };
    },
  },
  splitClaim: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => splitClaim(a, { ...ref(claim), at: claim.start + 10 }) };
    },
  },
  mergeClaims: {
    async setup() {
      const article = await createArticle();
      const a = await createClaim(article, FIRST);
      const b = await createClaim(article, SECOND);
      const claims: [{ claimId: string; version: number }, { claimId: string; version: number }] = [
        { claimId: a.id, version: a.version },
        { claimId: b.id, version: b.version },
      ];
      return { articleId: article.id, claims: 1, run: (actor) => mergeClaims(actor, { articleId: article.id, claims }) };
    },
  },
  dismissClaim: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => dismissClaim(a, { ...ref(claim), reason: "رأي" }) };
    },
  },
  restoreClaim: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "DISMISSED", dismissReason: "رأي" });
      return { articleId: article.id, claims: 1, run: (a) => restoreClaim(a, ref(claim)) };
    },
  },
  assignClaim: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => assignClaim(a, { ...ref(claim), assigneeId: editor.id }) };
    },
  },
  takeClaim: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => takeClaim(a, ref(claim)) };
    },
  },
  unassignClaim: {
    async setup() {
      const { article, claim } = await oneClaim({ assigneeId: editor.id });
      return { articleId: article.id, claims: 1, run: (a) => unassignClaim(a, ref(claim)) };
    },
  },
  setClaimPlan: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => setClaimPlan(a, { ...ref(claim), priority: 2 }) };
    },
  },
  addSource: {
    async setup() {
      const { article, claim } = await oneClaim();
      return {
        articleId: article.id,
        claims: 1,
        run: (a) => addSource(a, { ...ref(claim), url: "https://example.org/s", title: "S", stance: "REFUTES" }),
      };
    },
  },
  updateSource: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "IN_RESEARCH" });
      const source = await createSource(claim.id, editor);
      return { articleId: article.id, claims: 1, run: (a) => updateSource(a, { ...ref(claim), sourceId: source.id, title: "T" }) };
    },
  },
  removeSource: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "IN_RESEARCH" });
      const source = await createSource(claim.id, editor);
      return { articleId: article.id, claims: 1, run: (a) => removeSource(a, { ...ref(claim), sourceId: source.id }) };
    },
  },
  proposeVerdict: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "IN_RESEARCH" });
      await createSource(claim.id, editor);
      return { articleId: article.id, claims: 1, run: (a) => proposeVerdict(a, { ...ref(claim), rating: "FALSE", rationale: "مفند" }) };
    },
  },
  reviewVerdictApprove: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "IN_REVIEW" });
      const verdict = await createVerdict(claim.id, editor, { rating: "UNVERIFIABLE" });
      return { articleId: article.id, claims: 1, run: (a) => reviewVerdict(a, { ...ref(claim), verdictId: verdict.id, decision: "APPROVE" }) };
    },
  },
  reviewVerdictRequestChanges: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "IN_REVIEW" });
      const verdict = await createVerdict(claim.id, editor, { rating: "UNVERIFIABLE" });
      return {
        articleId: article.id,
        claims: 1,
        run: (a) => reviewVerdict(a, { ...ref(claim), verdictId: verdict.id, decision: "REQUEST_CHANGES", comment: "أعد" }),
      };
    },
  },
  addComment: {
    async setup() {
      const { article, claim } = await oneClaim();
      return { articleId: article.id, claims: 1, run: (a) => addComment(a, { ...ref(claim), body: "تعليق" }) };
    },
  },
  reopenClaimForCorrection: {
    async setup() {
      const { article, claim } = await oneClaim({ status: "PUBLISHED" });
      return { articleId: article.id, claims: 1, run: (a) => reopenClaimForCorrection(a, { ...ref(claim), reason: "تصحيح" }) };
    },
  },
  bulkAssign: {
    async setup() {
      const article = await createArticle();
      const list = [await createClaim(article, FIRST), await createClaim(article, SECOND)].map(ref);
      return { articleId: article.id, claims: 2, run: (a) => bulkAssign(a, { assigneeId: editor.id, claims: list }) };
    },
  },
  bulkDismiss: {
    async setup() {
      const article = await createArticle();
      const list = [await createClaim(article, FIRST), await createClaim(article, SECOND)].map(ref);
      return { articleId: article.id, claims: 2, run: (a) => bulkDismiss(a, { reason: "آراء", claims: list }) };
    },
  },
};

/** Everything a workflow operation can touch under one article. */
async function articleState(articleId: string) {
  const claims = await db.claim.findMany({ where: { articleId }, orderBy: { id: "asc" } });
  const claimId = { in: claims.map((c) => c.id) };
  return {
    claims,
    sources: await db.source.findMany({ where: { claimId }, orderBy: { id: "asc" } }),
    verdicts: await db.verdict.findMany({ where: { claimId }, orderBy: { id: "asc" } }),
    reviews: await db.review.findMany({ where: { claimId }, orderBy: { id: "asc" } }),
    comments: await db.comment.findMany({ where: { claimId }, orderBy: { id: "asc" } }),
  };
}

describe("every workflow mutation and its audit event", () => {
  it.each(Object.keys(CASES))("%s writes its change and its audit event together, or neither", async (name) => {
    const { articleId, run, claims } = await CASES[name]!.setup();
    const before = await articleState(articleId);
    const mark = await auditMark();

    audit.failing = true;
    try {
      await expect(run(admin)).rejects.toThrow("audit store unavailable");
    } finally {
      audit.failing = false;
    }
    expect(await articleState(articleId)).toEqual(before);
    expect(await auditEventsSince(mark)).toEqual([]);

    await run(admin);
    const after = await articleState(articleId);
    expect(after).not.toEqual(before);
    const events = await auditEventsSince(mark);
    // Exactly one event per claim the operation changed, each naming the actor and a claim of this article.
    expect(events).toHaveLength(claims);
    const articleClaimIds = new Set([...before.claims, ...after.claims].map((c) => c.id));
    for (const event of events) {
      expect(event.actorId).toBe(admin.id);
      expect(articleClaimIds.has(event.claimId!)).toBe(true);
    }
  });
});
