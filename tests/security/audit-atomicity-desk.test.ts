import { beforeAll, describe, expect, it, vi } from "vitest";
import { importArticle } from "@/lib/articles/import-article";
import { reextractArticle } from "@/lib/articles/reextract-article";
import { db } from "@/lib/db";
import { addImportHost, removeImportHost } from "@/lib/import-hosts/manage-import-hosts";
import { publishReport } from "@/lib/publishing/publish-report";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import { approveVerdict, auditEventsSince, auditMark, claimContaining, importSeedCopy, newUser, SEED_ARTICLE, uniqueTag, type TestUser } from "../helpers/factories";

// The workflow operations have their own proof (tests/workflow/audit-atomicity.test.ts); this one covers the other
// operations that change data: import, re-extraction, publishing, user and allow-list administration. When the
// audit write fails, the change it records must not survive.
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

let admin: TestUser;
let editor: TestUser;
beforeAll(async () => {
  admin = await newUser("ADMIN");
  editor = await newUser("EDITOR");
});

async function everything() {
  const [users, articles, claims, reports, hosts] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, contentHash: true } }),
    db.claim.findMany({ orderBy: { id: "asc" } }),
    db.report.findMany({ orderBy: { id: "asc" } }),
    db.allowedImportHost.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { users, articles, claims, reports, hosts };
}

const CASES: Record<string, () => Promise<() => Promise<unknown>>> = {
  importArticle: async () => {
    const tag = uniqueTag();
    return () => importArticle(editor, { title: `t ${tag}`, body: `${SEED_ARTICLE.body}\n\n— ${tag}`, language: "ar" });
  },
  reextractArticle: async () => {
    const article = await importSeedCopy(editor);
    // Make one claim "touched" so re-extraction has something to keep and something to replace.
    await db.claim.update({ where: { id: article.claims[0]!.id }, data: { version: 2 } });
    await db.claim.deleteMany({ where: { id: article.claims[1]!.id } });
    return () => reextractArticle(editor, article.id);
  },
  publishReport: async () => {
    const article = await importSeedCopy(editor);
    await approveVerdict(claimContaining(article.claims, "12 فرداً").id, { author: editor, reviewer: admin });
    return () => publishReport(admin, { articleId: article.id });
  },
  createUser: async () => {
    const tag = uniqueTag();
    return () => createUser(admin, { name: tag, email: `${tag}@test.local`, password: "correct horse battery", role: "ADMIN" });
  },
  updateUser: async () => {
    const user = await newUser("EDITOR");
    return () => updateUser(admin, { userId: user.id, role: "ADMIN", active: false });
  },
  addImportHost: async () => {
    const host = `${uniqueTag()}.intranet.example`;
    return () => addImportHost(admin, host);
  },
  removeImportHost: async () => {
    const row = await addImportHost(admin, `${uniqueTag()}.intranet.example`);
    return () => removeImportHost(admin, row.id);
  },
};

describe("every desk and admin change and its audit event", () => {
  it.each(Object.keys(CASES))("%s writes its change and its audit event together, or neither", async (name) => {
    const run = await CASES[name]!();
    const before = await everything();
    const mark = await auditMark();

    audit.failing = true;
    try {
      await expect(run()).rejects.toThrow("audit store unavailable");
    } finally {
      audit.failing = false;
    }
    expect(await everything()).toEqual(before);
    expect(await auditEventsSince(mark)).toEqual([]);

    await run();
    expect(await everything()).not.toEqual(before);
    const events = await auditEventsSince(mark);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actorId === admin.id || e.actorId === editor.id)).toBe(true);
  });
});
