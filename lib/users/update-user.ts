import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZUpdateUserInput, type TUpdateUserInput, LOCALES, type UiLocale } from "./schemas";

/** Changes a user's role or active flag (admins only). An admin cannot lock themselves out of user management. */
export async function updateUser(actor: Actor, raw: TUpdateUserInput) {
  assertCan(actor, "user.manage");
  const input = parseInput(ZUpdateUserInput, raw);
  if (input.userId === actor.id && (input.active === false || (input.role && input.role !== "ADMIN"))) {
    throw new AppError("CONFLICT", "You cannot deactivate yourself or remove your own admin role; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new AppError("NOT_FOUND", "That user does not exist.");
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { role: input.role, active: input.active },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active === undefined ? "user.role" : input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: user.id,
      before: { role: before.role, active: before.active },
      after: { role: user.role, active: user.active },
    });
    return user;
  });
}

/** Every user may choose the language of their own interface. */
export async function setUserLocale(actor: Actor, locale: string): Promise<UiLocale> {
  if (!(LOCALES as readonly string[]).includes(locale)) throw new AppError("BAD_REQUEST", `Unsupported language: ${locale}`);
  await db.user.update({ where: { id: actor.id }, data: { locale } });
  return locale as UiLocale;
}
