import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCreateUserInput, type TCreateUserInput } from "./schemas";

/** An admin creates an account from the users screen. */
export async function createUser(actor: Actor, raw: TCreateUserInput) {
  assertCan(actor, "user.manage");
  return insertUser(actor.id, raw);
}

/**
 * For callers that already have server access and no signed-in user: `npm run user:create`, the demo seed and the
 * test suite. Never import this from app/: a separate name keeps "no actor" from ever meaning "allowed".
 */
export async function createUserFromShell(raw: TCreateUserInput) {
  return insertUser(null, raw);
}

async function insertUser(actorId: string | null, raw: TCreateUserInput) {
  const input = parseInput(ZCreateUserInput, raw);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing) throw new AppError("CONFLICT", `An account with ${input.email} already exists.`, { email: input.email });
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, locale: input.locale, passwordHash },
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { name: user.name, email: user.email, role: user.role },
    });
    return user;
  });
}
