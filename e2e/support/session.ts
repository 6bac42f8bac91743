import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "sanad-demo-2026";
export const DEMO = {
  editor: { email: "editor@sanad.local", name: "سلمى بنعلي" },
  reviewer: { email: "reviewer@sanad.local", name: "يوسف العلمي" },
  admin: { email: "admin@sanad.local", name: "نادية الإدريسي" },
} as const;

/** Signs in through the real form, the way a person does; the UI language is the account's (Arabic for the demo). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/signin");
  await page.getByLabel(/البريد الإلكتروني|Email/).fill(email);
  await page.getByLabel(/كلمة المرور|Password/).fill(password);
  await page.getByRole("button", { name: /^(دخول|Sign in)$/ }).click();
  await expect(page.getByRole("button", { name: /تسجيل الخروج|Sign out/ })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /تسجيل الخروج|Sign out/ }).click();
  await expect(page).toHaveURL(/\/signin/);
}
