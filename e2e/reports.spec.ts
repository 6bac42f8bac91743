import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { findClaim, operate, versionOf } from "./support/api";
import { DEMO, signIn } from "./support/session";

test.describe.configure({ mode: "serial" });

const CLAIM_WORDS = "إذاعة";
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// pdftotext keeps Arabic in logical order but scatters spaces, bidi marks and diacritics, and sometimes moves a final
// ن onto another line (see lib/reports/pdf.test.ts); compare the remaining letters.
const letters = (text: string) => text.normalize("NFC").replace(BIDI, "").replace(/ن/g, "").replace(/[^\u0621-\u064A]/g, "");

let articleId = "";
let claimId = "";
let claimText = "";

/** An editor researches and proposes, a reviewer approves: the claim the report is about. */
async function approveClaim(browser: Browser, rating: string, rationale: string, correctionNote?: string) {
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, DEMO.editor.email);
  const claim = await findClaim(editor, CLAIM_WORDS);
  articleId = claim.articleId;
  claimId = claim.id;
  claimText = claim.text;
  const ref = { articleId, claimId };
  let version = claim.version;
  if (!correctionNote) {
    version = versionOf(await operate(editor, "addSource", { ...ref, version, url: "https://www.europe1.fr/international/cooperation", title: "Europe 1 — coopération sécuritaire", publisher: "Europe 1", stance: "SUPPORTS" }));
  }
  const proposal = await operate(editor, "proposeVerdict", { ...ref, version, rating, rationale, correctionNote });
  await editor.context().close();

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, DEMO.reviewer.email);
  await operate(reviewer, "reviewVerdict", { ...ref, version: versionOf(proposal), verdictId: proposal.verdict!.id, decision: "APPROVE" });
  await reviewer.context().close();
}

test("an approved claim is exported as an Arabic PDF whose text holds the claim", async ({ browser, page }) => {
  await approveClaim(browser, "MOSTLY_TRUE", "نشرت إذاعة أوروبا 1 المقال في 14 أبريل كما ورد.");
  await signIn(page, DEMO.reviewer.email);
  await page.getByRole("link", { name: "التقارير" }).click();
  const card = page.getByTestId(`report-${articleId}`);
  const form = card.getByRole("form", { name: "تصدير التقرير" });
  await form.getByLabel("الصيغة").selectOption("pdf");
  await form.getByLabel("لغة التقرير").selectOption("ar");
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "تنزيل" }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sanad-pdf-")), "report.pdf");
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  expect(letters(text)).toContain(letters(claimText).slice(0, 40));
  expect(letters(text)).toContain(letters("صحيح في معظمه"));
});

test("the report page is a 404 until published, then public and signed-out with valid ClaimReview JSON-LD", async ({ browser, page }) => {
  const anonymous = await (await browser.newContext()).newPage();
  const slug = `fc-${articleId.replace(/-/g, "").slice(0, 12)}`;
  expect((await anonymous.goto(`/r/${slug}`))?.status()).toBe(404);

  await signIn(page, DEMO.reviewer.email);
  await page.goto("/reports");
  await page.getByTestId(`report-${articleId}`).getByRole("button", { name: "نشر التقرير" }).click();
  await expect(page.getByTestId(`report-${articleId}`).getByRole("status")).toContainText("تم نشر");

  const response = await anonymous.goto(`/r/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("button", { name: "تسجيل الخروج" })).toHaveCount(0);
  await expect(anonymous.locator(`#claim-${claimId}`)).toContainText("صحيح في معظمه");
  const reviews = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
  const review = (Array.isArray(reviews) ? reviews : [reviews]).find((r: { url: string }) => r.url.endsWith(`#claim-${claimId}`));
  expect(review["@type"]).toBe("ClaimReview");
  expect(review.claimReviewed.length).toBeGreaterThan(10);
  expect(review.reviewRating.alternateName).toBe("صحيح في معظمه");
  expect(review.reviewRating.ratingValue).toBe(5);
  expect(review.itemReviewed["@type"]).toBe("Claim");
  await anonymous.screenshot({ path: "test-results/screenshots/public-report.png", fullPage: true });
  await anonymous.context().close();
});

test("a published verdict is corrected through review again, and the republished page shows the correction", async ({ browser, page }) => {
  await signIn(page, DEMO.reviewer.email);
  await page.goto(`/articles/${articleId}/claims/${claimId}`);
  await page.getByLabel("سبب الحاجة إلى تصحيح الحكم المنشور").fill("المقال نُشر في 13 أبريل وليس 14 أبريل.");
  await page.getByRole("button", { name: "إعادة الفتح للتصحيح" }).click();
  await expect(page.getByTestId("claim-status")).toHaveText("قيد البحث");

  await approveClaim(browser, "MIXED", "نُشر المقال في 13 أبريل، لا 14 أبريل كما ورد.", "صُحّح تاريخ النشر إلى 13 أبريل.");
  await page.goto("/reports");
  await page.getByTestId(`report-${articleId}`).getByRole("button", { name: "إعادة النشر مع التحديثات" }).click();
  await expect(page.getByTestId(`report-${articleId}`).getByRole("status")).toContainText("تم نشر");

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/r/fc-${articleId.replace(/-/g, "").slice(0, 12)}`);
  await expect(anonymous.locator(`#claim-${claimId}`)).toContainText("مختلط");
  await expect(anonymous.getByText("صُحّح تاريخ النشر إلى 13 أبريل.").first()).toBeVisible();
  const reviews = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent()) ?? "[]");
  const review = (Array.isArray(reviews) ? reviews : [reviews]).find((r: { url: string }) => r.url.endsWith(`#claim-${claimId}`));
  expect(review.dateModified).toBeTruthy();
  await anonymous.screenshot({ path: "test-results/screenshots/public-report-corrected.png", fullPage: true });
});
