import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCreateUserInput, type TCreateUserInput } from "./schemas";

/** Creates an account. `actor` is null only for the shell command and the demo seed, which run with server access. */
export async function createUser(actor: Actor | null, raw: TCreateUserInput) {
  if (actor) assertCan(actor, "user.manage");
  const input = parseInput(ZCreateUserInput, raw);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email } });
    if (existing) throw new AppError("CONFLICT", `An account with ${input.email} already exists.`, { email: input.email });
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, locale: input.locale, passwordHash },
    });
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: { name: user.name, email: user.email, role: user.role },
    });
    return user;
  });
}
