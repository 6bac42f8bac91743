"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/app/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { addImportHost, removeImportHost } from "@/lib/import-hosts/manage-import-hosts";

export async function addImportHostAction(_prev: ActionResult<null> | null, form: FormData) {
  const result = await runAction(async () => {
    await addImportHost(await requireUser(), String(form.get("host") ?? ""));
    return null;
  });
  if (result.ok) revalidatePath("/users");
  return result;
}

export async function removeImportHostAction(form: FormData) {
  await runAction(async () => removeImportHost(await requireUser(), String(form.get("id") ?? "")));
  revalidatePath("/users");
}
