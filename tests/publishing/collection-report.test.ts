import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportCollectionReport } from "@/lib/publishing/export-report";
import { loadCollectionReport } from "@/lib/publishing/load-collection-report";
import { approveVerdict, claimContaining, importSeedCopy, newUser, type TestUser } from "../helpers/factories";

const BASE_URL = "https://sanad.example.org";
let editor: TestUser;
let inRange: { id: string; text: string };
let outOfRange: { id: string; text: string };
let pending: { id: string; text: string };

beforeAll(async () => {
  editor = await newUser("EDITOR");
  const reviewer = await newUser("REVIEWER");
  const first = await importSeedCopy(editor);
  const second = await importSeedCopy(editor);
  inRange = claimContaining(first.claims, "12 فرداً");
  outOfRange = claimContaining(second.claims, "12 فرداً");
  pending = claimContaining(first.claims, "أباعود");
  await approveVerdict(inRange.id, { author: editor, reviewer, rating: "TRUE" });
  const old = await approveVerdict(outOfRange.id, { author: editor, reviewer, rating: "FALSE" });
  // Backdate the second approval so a March range includes the first claim only.
  await db.review.updateMany({ where: { verdictId: old.id }, data: { createdAt: new Date("2026-01-15T10:00:00Z") } });
  await db.claim.update({ where: { id: outOfRange.id }, data: { createdAt: new Date("2026-01-10T10:00:00Z") } });
});

describe("collection reports across articles", () => {
  it("holds the claims approved in the date range, from every article, and leaves others out", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const data = await loadCollectionReport(editor, { from: "2026-02-01", to: today, status: "APPROVED,PUBLISHED", baseUrl: BASE_URL, locale: "en" });
    const ids = data.claims.map((c) => c.id);
    expect(ids).toContain(inRange.id);
    expect(ids).not.toContain(outOfRange.id);
    expect(ids).not.toContain(pending.id);
    expect(data.subject).toMatchObject({ kind: "collection" });
    expect(data.claims.find((c) => c.id === inRange.id)?.verdict?.rating).toBe("TRUE");
  });

  it("lists pending claims when asked and exports as CSV naming each claim's article", async () => {
    const file = await exportCollectionReport(editor, { format: "csv", baseUrl: BASE_URL, locale: "ar", includePending: true });
    const csv = String(file.body);
    expect(csv).toContain("12 فرداً");
    expect(csv).toContain("أباعود");
    expect(file.filename).toMatch(/^sanad-collection-all-all-ar\.csv$/);
  });

  it("refuses a role without export permission and a malformed date", async () => {
    await expect(loadCollectionReport({ id: editor.id, role: "GUEST" }, { baseUrl: BASE_URL })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(loadCollectionReport(editor, { baseUrl: BASE_URL, from: "not-a-date" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
