import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";

/**
 * Credential check with a per-account brake: after FREE_ATTEMPTS failures in a row, each further attempt must wait
 * an exponentially growing delay (capped). The counter lives in the database so the brake holds across server
 * instances and restarts. A correct password inside the waiting period is refused too; otherwise the brake would
 * only slow down wrong guesses and leak which guess was right.
 */
export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: string;
  locale: string;
}

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

const INVALID = () => new AppError("UNAUTHENTICATED", "Wrong email or password.");

export async function verifyCredentials(raw: unknown, now: Date = new Date()): Promise<SignedInUser> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) throw INVALID();
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) throw INVALID();

  if (user.signInBlockedUntil && user.signInBlockedUntil > now) {
    const seconds = Math.ceil((user.signInBlockedUntil.getTime() - now.getTime()) / 1000);
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-ins for this account. Try again in ${seconds} seconds.`,
      { seconds },
    );
  }

  const ok = await verifyPassword(password, user.passwordHash);
  if (!ok) {
    const failures = user.failedSignIns + 1;
    const delay = delayAfterFailures(failures);
    await db.user.update({
      where: { id: user.id },
      data: { failedSignIns: failures, signInBlockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null },
    });
    throw INVALID();
  }
  if (!user.active) throw new AppError("FORBIDDEN", "This account has been deactivated. Ask an admin to reactivate it.");

  if (user.failedSignIns > 0 || user.signInBlockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, signInBlockedUntil: null } });
  }
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
