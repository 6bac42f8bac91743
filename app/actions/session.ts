"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/users/update-user";

/** Switches the interface language: saved on the user's account when signed in, and in a cookie for visitors. */
export async function switchLocale(formData: FormData): Promise<void> {
  const locale = resolveLocale(String(formData.get("locale") ?? ""));
  const user = await getCurrentUser();
  if (user) await setUserLocale(user, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}
