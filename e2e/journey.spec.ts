import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signOut } from "./support/session";
import { addSource, claimStatus, workspaceRef } from "./support/workspace";

const seed = readFileSync("tests/fixtures/seed-article.ar.txt", "utf8");
const [headline = "", ...rest] = seed.split("\n");
const body = rest.join("\n").trim();
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

// One story, in order: the same claim moves from import to approval across two people.
test.describe.configure({ mode: "serial" });

let claimUrl = "";

test("an editor imports the seed article, takes the civil-protection claim, adds two sources and proposes a verdict", async ({ page }) => {
  await signIn(page, DEMO.editor.email);
  await page.getByRole("link", { name: "استيراد مقال" }).click();
  await page.getByLabel("العنوان").fill(headline);
  await page.getByLabel("نص المقال").fill(body);
  await page.getByRole("button", { name: "استيراد واستخراج الادعاءات" }).click();
  // The demo already holds this text, so Sanad opens it instead of storing a duplicate.
  await expect(page.getByRole("status")).toContainText("سبق استيراد هذا النص");
  const text = page.getByTestId("article-text");
  await expect(text).toHaveAttribute("dir", "rtl");
  expect(await text.locator("mark.claim-span").count()).toBeGreaterThanOrEqual(5);
  await shot(page, "journey-1-article");

  await text.locator("mark.claim-span", { hasText: "12 فرداً" }).click();
  const panel = page.getByTestId("claim-panel");
  await expect(panel.locator("blockquote")).toContainText("موظفي الحماية المدنية المغربية");
  await panel.getByRole("link", { name: "فتح مساحة العمل" }).click();
  await expect(page.getByRole("heading", { name: "الادعاء", exact: true })).toBeVisible();
  claimUrl = page.url();

  await page.getByRole("button", { name: "تولَّ المهمة" }).click();
  await expect(page.getByTestId("assignee")).toHaveText(DEMO.editor.name);
  await expect(await claimStatus(page)).toHaveText("قيد البحث");

  await addSource(page, {
    url: "https://www.europe1.fr/international/maroc-france-cooperation-securitaire",
    title: "Maroc-France : une coopération sécuritaire quotidienne",
    publisher: "Europe 1",
    stance: "يؤيد",
    excerpt: "12 agents de la protection civile marocaine formés par des experts français",
  });
  await addSource(page, {
    url: "https://www.mapexpress.ma/protection-civile-formation",
    title: "الوقاية المدنية: دورة تكوينية في البحث والإنقاذ",
    publisher: "وكالة المغرب العربي للأنباء",
    stance: "سياق",
    excerpt: "استفاد عناصر من الوقاية المدنية من تكوين في تقنيات البحث والإنقاذ",
  });

  await page.getByRole("radio", { name: "صحيح", exact: true }).check();
  await page.getByLabel("التعليل").fill("أكدت إذاعة أوروبا 1 تدريب 12 عنصراً من الحماية المدنية المغربية على يد خبراء فرنسيين.");
  await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(await claimStatus(page)).toHaveText("قيد المراجعة");
  await expect(page.getByTestId("revision-1")).toContainText("صحيح");
  await shot(page, "journey-2-proposed");
  await signOut(page);
});

test("a reviewer requests changes, with a comment", async ({ page }) => {
  await signIn(page, DEMO.reviewer.email);
  await page.getByRole("link", { name: "قائمة المراجعة" }).click();
  await page.getByRole("link", { name: /قيد المراجعة · \d+/ }).click();
  await page.getByTestId("queue-row").filter({ hasText: "12 فرداً" }).getByRole("link").click();
  await expect(page).toHaveURL(claimUrl);
  const review = page.getByTestId("review-box");
  // A comment is required to send a verdict back.
  await review.getByRole("button", { name: "طلب تعديلات" }).click();
  await expect(review.getByRole("alert")).toBeVisible();
  await review.getByLabel("ملاحظة للمحرر").fill("التقرير يتحدث عن «الأسبوع الماضي»؛ حدّد تاريخ التدريب واذكر أن المصدر فرنسي.");
  await review.getByRole("button", { name: "طلب تعديلات" }).click();
  await expect(await claimStatus(page)).toHaveText("مطلوب تعديلات");
  await shot(page, "journey-3-changes-requested");
  await signOut(page);
});

test("the editor revises; the reviewer sees what changed and approves (in the English interface)", async ({ page }) => {
  await signIn(page, DEMO.editor.email);
  await page.goto(claimUrl);
  await expect(page.getByTestId("revision-1")).toContainText("حدّد تاريخ التدريب");
  await page.getByLabel("التعليل").fill("أكدت إذاعة أوروبا 1 (مصدر فرنسي) في 14 أبريل تدريب 12 عنصراً من الحماية المدنية المغربية على يد خبراء فرنسيين في الأسبوع السابق.");
  await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(await claimStatus(page)).toHaveText("قيد المراجعة");
  await expect(page.getByTestId("revision-2")).toContainText("ما تغيّر منذ النسخة 1");
  await signOut(page);

  await signIn(page, DEMO.reviewer.email);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.goto(claimUrl);
  await expect(page.getByTestId("revision-2").locator("ins").first()).toBeVisible();
  await page.getByRole("button", { name: "Approve verdict" }).click();
  await expect(await claimStatus(page)).toHaveText("Approved");
  await shot(page, "journey-4-approved-en");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await signOut(page);
});

test("nobody approves their own verdict: the editor is refused, and so is an admin who wrote one", async ({ page }) => {
  await signIn(page, DEMO.admin.email);
  await page.getByRole("link", { name: "قائمة المراجعة" }).click();
  await page.getByTestId("queue-row").filter({ hasText: "أباعود" }).getByRole("link").click();
  await page.getByRole("radio", { name: "غير قابل للتحقق" }).check();
  await page.getByLabel("التعليل").fill("لا توجد وثيقة رسمية منشورة تؤكد دور المعلومات المغربية في تحديد موقع أباعود.");
  await page.getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(await claimStatus(page)).toHaveText("قيد المراجعة");
  // The admin wrote this revision: no approve button, an explanation instead, and the API refuses too.
  await expect(page.getByRole("button", { name: "اعتماد الحكم" })).toHaveCount(0);
  await expect(page.getByText("أنت من كتب هذه النسخة")).toBeVisible();
  const ref = await workspaceRef(page);
  const selfApproval = await page.request.post("/api/claims/reviewVerdict", { data: { ...ref, decision: "APPROVE" } });
  expect(selfApproval.status()).toBe(403);
  expect((await selfApproval.json()).code).toBe("SELF_APPROVAL");
  await shot(page, "journey-5-self-approval-refused");
  const otherClaimUrl = page.url();
  await signOut(page);

  await signIn(page, DEMO.editor.email);
  await page.goto(claimUrl);
  await expect(page.getByRole("button", { name: "اعتماد الحكم" })).toHaveCount(0);
  await page.goto(otherClaimUrl);
  const editorRef = await workspaceRef(page);
  const editorApproval = await page.request.post("/api/claims/reviewVerdict", { data: { ...editorRef, decision: "APPROVE" } });
  expect(editorApproval.status()).toBe(403);
  expect((await editorApproval.json()).code).toBe("FORBIDDEN");
  await expect(await claimStatus(page)).toHaveText("قيد المراجعة");
});
