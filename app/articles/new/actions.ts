"use server";

import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/app/actions/result";
import { importArticle } from "@/lib/articles/import-article";
import { previewFileImport, previewUrlImport, type ImportPreview } from "@/lib/articles/preview-import";
import { requireUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";

export async function previewFileAction(form: FormData): Promise<ActionResult<ImportPreview>> {
  return runAction(async () => {
    const actor = await requireUser();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_REQUEST", "Choose a file to import.");
    return previewFileImport(actor, { filename: file.name, mimeType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
  });
}

export async function previewUrlAction(url: string): Promise<ActionResult<ImportPreview>> {
  return runAction(async () => previewUrlImport(await requireUser(), url));
}

export async function importArticleAction(_prev: ActionResult<null> | null, form: FormData): Promise<ActionResult<null>> {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" && value.trim() !== "" ? value : undefined;
  };
  const result = await runAction(async () =>
    importArticle(await requireUser(), {
      title: field("title") ?? "",
      body: String(form.get("body") ?? ""),
      language: field("language") as "ar" | undefined,
      outlet: field("outlet"),
      sourceUrl: field("sourceUrl"),
      publishedAt: field("publishedAt"),
    }),
  );
  if (!result.ok) return result;
  redirect(`/articles/${result.data.articleId}?${result.data.created ? "imported" : "existing"}=1`);
}
