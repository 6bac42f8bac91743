import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionUserId } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: "EDITOR" | "REVIEWER" | "ADMIN";
  locale: string;
}

/** The signed-in, still-active user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, locale: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/**
 * For pages: a visitor whose session no longer counts (signed out elsewhere, deactivated) is sent to sign in rather
 * than shown an error. Server actions and routes use requireUser, which answers with UNAUTHENTICATED instead.
 */
export async function requirePageUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
