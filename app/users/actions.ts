"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/app/actions/result";
import { requireUser } from "@/lib/auth/current-user";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";

export async function createUserAction(_prev: ActionResult<{ name: string }> | null, form: FormData) {
  const result = await runAction(async () => {
    const actor = await requireUser();
    const user = await createUser(actor, {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      role: String(form.get("role") ?? "") as "EDITOR",
      locale: (String(form.get("locale") ?? "ar") as "ar" | "en"),
    });
    return { name: user.name };
  });
  if (result.ok) revalidatePath("/users");
  return result;
}

export async function updateUserAction(_prev: ActionResult<null> | null, form: FormData) {
  const result = await runAction(async () => {
    const actor = await requireUser();
    const active = form.get("active");
    await updateUser(actor, {
      userId: String(form.get("userId") ?? ""),
      role: form.get("role") ? (String(form.get("role")) as "EDITOR") : undefined,
      active: active === null ? undefined : active === "true",
    });
    return null;
  });
  if (result.ok) revalidatePath("/users");
  return result;
}
