import { expect, test } from "@playwright/test";
import { DEMO, signIn, signOut } from "./support/session";

const NAV = { articles: "المقالات", queue: "قائمة المراجعة", reports: "التقارير", users: "المستخدمون" };

test.describe("signing in by role", () => {
  for (const [role, account] of Object.entries(DEMO)) {
    test(`${role} sees the navigation their role allows, then signs out`, async ({ page }) => {
      await signIn(page, account.email);
      const nav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
      await expect(nav.getByRole("link", { name: NAV.articles })).toBeVisible();
      await expect(nav.getByRole("link", { name: NAV.queue })).toBeVisible();
      await expect(nav.getByRole("link", { name: NAV.reports })).toBeVisible();
      await expect(nav.getByRole("link", { name: NAV.users })).toHaveCount(role === "admin" ? 1 : 0);
      await expect(page.getByText(account.name)).toBeVisible();
      await signOut(page);
      await page.goto("/articles");
      await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
    });
  }

  test("an editor cannot open the users page", async ({ page }) => {
    await signIn(page, DEMO.editor.email);
    const response = await page.goto("/users");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("البريد الإلكتروني").fill(DEMO.reviewer.email);
    await page.getByLabel("كلمة المرور").fill("not-the-password");
    await page.getByRole("button", { name: "دخول" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  });
});

test("the demo editor sees the seed article, right-to-left, and can switch the interface to English", async ({ page }) => {
  await signIn(page, DEMO.editor.email);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const link = page.getByRole("link", { name: /باريس والرباط ترفعان منسوب التنسيق الأمني/ });
  await expect(link).toBeVisible();
  await link.click();
  const text = page.getByTestId("article-text");
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text).toContainText("12 فرداً من موظفي الحماية المدنية المغربية");
  await page.screenshot({ path: "test-results/screenshots/article-ar.png", fullPage: true });

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Articles" })).toBeVisible();
  // The article keeps its own direction inside the English interface.
  await expect(page.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: "test-results/screenshots/article-en.png", fullPage: true });
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});
