import { expect, type Page } from "@playwright/test";

/**
 * Drives the JSON API as the signed-in user of `page`: fixtures use it to put a claim in the state a test starts
 * from, so each spec file creates its own data instead of depending on another file having run first.
 */
export interface QueueClaim {
  id: string;
  articleId: string;
  version: number;
  text: string;
  status: string;
}

export async function findClaim(page: Page, containing: string): Promise<QueueClaim> {
  const response = await page.request.get("/api/queue?limit=200&sort=oldest");
  expect(response.ok()).toBe(true);
  const { rows } = (await response.json()) as { rows: QueueClaim[] };
  const claim = rows.find((row) => row.text.includes(containing));
  if (!claim) throw new Error(`No claim containing "${containing}" in the queue`);
  return claim;
}

export async function operate(page: Page, operation: string, input: object): Promise<{ claim?: { version: number }; version?: number; verdict?: { id: string } }> {
  const response = await page.request.post(`/api/claims/${operation}`, { data: input });
  const body = await response.json();
  expect(response.status(), `${operation}: ${JSON.stringify(body)}`).toBe(200);
  return body;
}

/** The claim's version after an operation: some operations return the claim, others { claim }. */
export function versionOf(result: { claim?: { version: number }; version?: number }): number {
  return result.claim?.version ?? result.version ?? NaN;
}
