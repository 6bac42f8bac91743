"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/app/actions/result";
import { reextractArticle } from "@/lib/articles/reextract-article";
import { requireUser } from "@/lib/auth/current-user";

export async function reextractArticleAction(articleId: string) {
  const result = await runAction(async () => reextractArticle(await requireUser(), articleId));
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return result;
}
