import { expect, test } from "@playwright/test";
import { findClaim } from "./support/api";
import { DEMO, signIn } from "./support/session";

const ENGLISH_ARTICLE = `City council approves new tram line

The city council voted 31 to 12 on Tuesday to approve a 14-kilometre tram line, according to the mayor's office.
The project will cost 420 million euros, of which the national government pays 40 percent, the transport minister said.
Critics argue the line is probably a waste of money.
`;

// Serial: the queue test works on the claims of the article the first test imports, so it never touches the seed
// article's claims that the journey spec relies on.
test.describe.configure({ mode: "serial" });
let tramArticleId = "";

test("an editor imports an English article from a .txt file and sees its claims left-to-right", async ({ page }) => {
  await signIn(page, DEMO.editor.email);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "رفع ملف" }).click();
  await page.getByLabel("الملف").setInputFiles({ name: "tram.txt", mimeType: "text/plain", buffer: Buffer.from(ENGLISH_ARTICLE) });
  await page.getByRole("button", { name: "قراءة الملف" }).click();
  await expect(page.getByLabel("العنوان")).toHaveValue("City council approves new tram line");
  await expect(page.getByLabel("نص المقال")).toHaveValue(/420 million euros/);
  await page.getByLabel("الوسيلة الإعلامية").fill("City Herald");
  await page.getByRole("button", { name: "استيراد واستخراج الادعاءات" }).click();
  await expect(page.getByRole("status")).toContainText("تم استيراد المقال");
  const text = page.getByTestId("article-text");
  await expect(text).toHaveAttribute("dir", "ltr");
  await expect(text.locator("mark.claim-span", { hasText: "31 to 12" })).toBeVisible();
  await expect(text.locator("mark.claim-span", { hasText: "420 million euros" })).toBeVisible();
  tramArticleId = /\/articles\/([^/?]+)/.exec(page.url())![1]!;
  await page.screenshot({ path: "test-results/screenshots/english-article-ar-ui.png", fullPage: true });
});

test("a loopback URL is refused with a reason the editor can read", async ({ page }) => {
  await signIn(page, DEMO.editor.email);
  await page.goto("/articles/new");
  await page.getByRole("tab", { name: "من رابط" }).click();
  await page.getByLabel("رابط المقال").fill("http://127.0.0.1:5432/admin");
  await page.getByRole("button", { name: "جلب المقال" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /loopback|127\.0\.0\.1/ })).toBeVisible();
});

test("a stale edit is refused, says who changed the claim, and keeps what the editor typed", async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(editor, DEMO.editor.email);
  await signIn(reviewer, DEMO.reviewer.email);
  const claim = await findClaim(editor, "بيغاسوس");
  const url = `/articles/${claim.articleId}/claims/${claim.id}`;
  await editor.goto(url);
  await reviewer.goto(url);

  // The editor starts typing a source; meanwhile the reviewer assigns the claim to themself.
  await editor.getByRole("button", { name: "إضافة مصدر" }).first().click();
  const form = editor.getByRole("form", { name: "مصدر جديد" });
  await form.getByLabel("الرابط", { exact: true }).fill("https://citizenlab.ca/pegasus-morocco");
  await form.getByLabel("العنوان").fill("تقرير سيتيزن لاب عن بيغاسوس");
  await reviewer.getByRole("button", { name: "تولَّ المهمة" }).click();
  await expect(reviewer.getByTestId("assignee")).toHaveText(DEMO.reviewer.name);

  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  const alert = editor.getByRole("alert").filter({ hasText: DEMO.reviewer.name });
  await expect(alert).toContainText("ما كتبته ما زال هنا");
  await expect(form.getByLabel("العنوان")).toHaveValue("تقرير سيتيزن لاب عن بيغاسوس");
  await editor.screenshot({ path: "test-results/screenshots/stale-version.png", fullPage: true });

  await alert.getByRole("button", { name: "تحميل أحدث نسخة" }).click();
  await expect(editor.getByTestId("assignee")).toHaveText(DEMO.reviewer.name);
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(editor.getByTestId("source").filter({ hasText: "تقرير سيتيزن لاب عن بيغاسوس" })).toBeVisible();
});

test("the queue works from the keyboard and assigns in bulk", async ({ page }) => {
  await signIn(page, DEMO.reviewer.email);
  const queue = `/queue?status=NEW&articleId=${tramArticleId}`;
  await page.goto(queue);
  const rows = page.getByTestId("queue-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const first = (await rows.nth(0).getByRole("link").textContent()) ?? "";
  const second = (await rows.nth(1).getByRole("link").textContent()) ?? "";

  await page.keyboard.press("j");
  await page.keyboard.press("x");
  await page.keyboard.press("k");
  await page.keyboard.press("x");
  await expect(page.getByRole("region", { name: "إجراءات جماعية" })).toContainText("تم تحديد 2");
  await page.getByRole("region", { name: "إجراءات جماعية" }).getByLabel("تكليف").selectOption({ label: DEMO.editor.name });
  await page.getByRole("button", { name: "تكليف المحدد" }).click();
  await expect(page.getByRole("region", { name: "إجراءات جماعية" })).toHaveCount(0);
  await page.goto(queue);
  for (const text of [first, second]) {
    await expect(page.getByTestId("queue-row").filter({ hasText: text.slice(0, 30) })).toContainText(DEMO.editor.name);
  }

  await page.goto(queue);
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/[^/]+\/claims\/[^/]+$/);
});
