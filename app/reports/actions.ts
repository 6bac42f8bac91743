"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/app/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { publishReport } from "@/lib/publishing/publish-report";

export async function publishReportAction(articleId: string) {
  const result = await runAction(async () => publishReport(await requireUser(), { articleId }));
  if (result.ok) {
    revalidatePath("/reports");
    revalidatePath(`/articles/${articleId}`);
  }
  return result;
}
