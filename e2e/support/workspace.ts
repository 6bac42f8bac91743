import { expect, type Page } from "@playwright/test";

/** Adds a source through the workspace form, as an editor would. */
export async function addSource(page: Page, source: { url: string; title: string; publisher: string; stance: "يؤيد" | "يدحض" | "سياق"; excerpt: string }) {
  await page.getByRole("button", { name: "إضافة مصدر" }).first().click();
  const form = page.getByRole("form", { name: "مصدر جديد" });
  await form.getByLabel("الرابط", { exact: true }).fill(source.url);
  await form.getByLabel("العنوان").fill(source.title);
  await form.getByLabel("الناشر").fill(source.publisher);
  await form.getByLabel("الموقف").selectOption({ label: source.stance });
  await form.getByLabel("مقتطف من المصدر").fill(source.excerpt);
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(page.getByTestId("source").filter({ hasText: source.title })).toBeVisible();
}

export async function claimStatus(page: Page) {
  return page.getByTestId("claim-status");
}

/** The ids a JSON API call needs, read from the workspace page the user is on. */
export async function workspaceRef(page: Page) {
  const [, articleId, claimId] = /\/articles\/([^/]+)\/claims\/([^/?#]+)/.exec(page.url()) ?? [];
  const version = Number(await page.locator("[data-claim-version]").getAttribute("data-claim-version"));
  const verdictId = await page.locator("[data-verdict-id]").first().getAttribute("data-verdict-id");
  return { articleId: articleId!, claimId: claimId!, version, verdictId: verdictId! };
}
