import { readFile } from "node:fs/promises";
import path from "node:path";
import { importArticle } from "@/lib/articles/import-article";
import { db } from "@/lib/db";
import { createUserFromShell } from "@/lib/users/create-user";

export const DEMO_PASSWORD = "sanad-demo-2026";

export const DEMO_USERS = [
  { name: "سلمى بنعلي", email: "editor@sanad.local", role: "EDITOR" as const, locale: "ar" as const },
  { name: "يوسف العلمي", email: "reviewer@sanad.local", role: "REVIEWER" as const, locale: "ar" as const },
  { name: "نادية الإدريسي", email: "admin@sanad.local", role: "ADMIN" as const, locale: "ar" as const },
];

export const SEED_ARTICLE_PATH = path.resolve(process.cwd(), "tests/fixtures/seed-article.ar.txt");

/** Splits the fixture into its headline (first line) and body, as a newsroom would paste them. */
export function splitHeadline(text: string): { title: string; body: string } {
  const [first = "", ...rest] = text.replace(/\r\n?/g, "\n").split("\n");
  return { title: first.trim(), body: rest.join("\n").trim() };
}

/**
 * Seeds the demo once: one account per role and the seed article imported by the demo editor (so its claims are
 * extracted exactly as in real use). Running it again changes nothing.
 */
export async function seedDemo(): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  for (const user of DEMO_USERS) await createUserFromShell({ ...user, password: DEMO_PASSWORD });
  const editor = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
  const { title, body } = splitHeadline(await readFile(SEED_ARTICLE_PATH, "utf8"));
  await importArticle(editor, { title, body, language: "ar" });
  return { seeded: true };
}
