import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportArticleReport, type ReportFormat } from "@/lib/publishing/export-report";
import { closeReportBrowser } from "@/lib/reports/pdf";
import { approveVerdict, claimContaining, importSeedCopy, newUser, type TestUser } from "../helpers/factories";

const BASE_URL = "https://sanad.example.org";
// Distinctive words of each claim that no format escapes (no quotes, no Markdown or CSV specials).
const APPROVED_WORDS = "12 فرداً من موظفي الحماية المدنية";
const PENDING_WORDS = "عبد الحميد أباعود";
const RATIONALE = "بلاغ المديرية العامة للحماية المدنية يذكر عدداً مختلفاً من المتدربين.";

const TEXT_FORMATS = ["html", "md", "csv", "json", "claimreview"] as const satisfies readonly ReportFormat[];
const HAS_CHROMIUM = existsSync("/usr/bin/chromium");

let editor: TestUser;
let articleId: string;
let dismissedText: string;

beforeAll(async () => {
  editor = await newUser("EDITOR");
  const reviewer = await newUser("REVIEWER");
  const article = await importSeedCopy(editor);
  articleId = article.id;
  const approved = claimContaining(article.claims, "12 فرداً");
  await approveVerdict(approved.id, { author: editor, reviewer, rating: "MISLEADING", rationale: RATIONALE });
  // Left NEW: pending. Any third claim is dismissed: never in any report.
  const pending = claimContaining(article.claims, PENDING_WORDS);
  const dismissed = article.claims.find((c) => c.id !== approved.id && c.id !== pending.id);
  if (!dismissed) throw new Error("The seed article should yield at least three claims");
  dismissedText = dismissed.text;
  await db.claim.update({ where: { id: dismissed.id }, data: { status: "DISMISSED", dismissReason: "لا يمكن التحقق منه الآن" } });
});

afterAll(async () => {
  if (HAS_CHROMIUM) await closeReportBrowser();
});

const exportAs = (format: ReportFormat, includePending: boolean, locale: "ar" | "en" = "ar") =>
  exportArticleReport(editor, { articleId, format, locale, includePending, baseUrl: BASE_URL });

describe("exportArticleReport", () => {
  it.each(TEXT_FORMATS)("%s: shows the approved claim and its verdict, never the dismissed one", async (format) => {
    const file = await exportAs(format, true);
    expect(typeof file.body).toBe("string");
    const body = file.body as string;
    expect(body).toContain(APPROVED_WORDS);
    // ClaimReview carries the rating only; every other format prints the rationale readers need.
    if (format !== "claimreview") expect(body).toContain("بلاغ المديرية العامة للحماية المدنية");
    // Words from the middle: ClaimReview quotes the normalised text, which may drop a leading conjunction.
    expect(body).not.toContain(dismissedText.slice(8, 38));
    expect(file.filename).toBe(`sanad-report-${articleId.slice(0, 8)}-ar.${format === "claimreview" ? "claimreview.jsonld" : format}`);
    expect(file.contentType).toMatch(/charset=utf-8$/);
  });

  it.each(TEXT_FORMATS.filter((f) => f !== "claimreview"))("%s: lists pending claims by default", async (format) => {
    expect((await exportAs(format, true)).body).toContain(PENDING_WORDS);
  });

  it.each(TEXT_FORMATS)("%s: includePending:false leaves pending claims out", async (format) => {
    const body = (await exportAs(format, false)).body as string;
    expect(body).toContain(APPROVED_WORDS);
    expect(body).not.toContain(PENDING_WORDS);
  });

  it("json and claimreview are valid JSON describing the approved verdict", async () => {
    const json = JSON.parse((await exportAs("json", false, "en")).body as string);
    expect(JSON.stringify(json)).toContain("MISLEADING");
    const claimReviews = JSON.parse((await exportAs("claimreview", true, "en")).body as string);
    expect(Array.isArray(claimReviews) ? claimReviews : [claimReviews]).toHaveLength(1);
    expect(JSON.stringify(claimReviews)).toContain(APPROVED_WORDS);
  });

  it.skipIf(!HAS_CHROMIUM)("pdf: renders a PDF document", async () => {
    const file = await exportAs("pdf", false);
    expect(Buffer.isBuffer(file.body)).toBe(true);
    expect((file.body as Buffer).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(file).toMatchObject({ contentType: "application/pdf", filename: expect.stringMatching(/\.pdf$/) });
  });

  it("refuses unknown roles, malformed input and unknown articles", async () => {
    const input = { articleId, format: "html" as const, baseUrl: BASE_URL };
    await expect(exportArticleReport({ id: editor.id, role: "READER" }, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The permission check comes first: a malformed request from a stranger is still just FORBIDDEN.
    await expect(exportArticleReport({ id: editor.id, role: "READER" }, { ...input, format: "docx" as never })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportArticleReport(editor, { ...input, format: "docx" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(exportArticleReport(editor, { ...input, articleId: "../../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(exportArticleReport(editor, { ...input, articleId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
