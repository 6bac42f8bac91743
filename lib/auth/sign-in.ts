import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

/**
 * Credential check with a per-account brake: after FREE_ATTEMPTS failures in a row, each further attempt must wait
 * an exponentially growing delay (capped). The counter lives in the database so the brake holds across server
 * instances and restarts. A correct password inside the waiting period is refused too; otherwise the brake would
 * only slow down wrong guesses and leak which guess was right.
 *
 * Every attempt is counted as a failure BEFORE the password is checked, in one guarded write, and forgiven after a
 * success. Reading the counter, hashing, then writing `failures + 1` would let a burst of parallel guesses all read
 * the same count and all get through; the guarded write lets exactly FREE_ATTEMPTS of them through.
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

// Hashed once, on first use: an unknown email still costs one scrypt, so response time does not say which emails exist.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  decoyHash ??= hashPassword("decoy password that matches no account");
  return decoyHash;
}

/**
 * Takes one attempt from the account's allowance, or returns false when the account is in its waiting period. One
 * UPDATE does it all: its WHERE is re-checked under the row lock, so a parallel attempt queued behind this one sees
 * the block this one sets, and no interactive transaction is held open while a burst of guesses waits its turn.
 * The delay is the same formula as delayAfterFailures, computed in SQL from the incremented counter.
 */
async function reserveAttempt(userId: string, now: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ failedSignIns: number }[]>`
    UPDATE "User"
    SET "failedSignIns" = "failedSignIns" + 1,
        "signInBlockedUntil" = CASE
          WHEN "failedSignIns" + 1 >= ${FREE_ATTEMPTS}
          THEN ${now}::timestamptz + make_interval(secs => LEAST(${MAX_DELAY_MS}::float8, ${BASE_DELAY_MS}::float8 * power(2, "failedSignIns" + 1 - ${FREE_ATTEMPTS})) / 1000)
          ELSE NULL
        END
    WHERE "id" = ${userId}::uuid AND ("signInBlockedUntil" IS NULL OR "signInBlockedUntil" <= ${now}::timestamptz)
    RETURNING "failedSignIns"`;
  return rows.length > 0;
}

function rateLimited(blockedUntil: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
  return new AppError("RATE_LIMITED", `Too many failed sign-ins for this account. Try again in ${seconds} seconds.`, { seconds });
}

export async function verifyCredentials(raw: unknown, now: Date = new Date()): Promise<SignedInUser> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) throw INVALID();
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  if (!user) {
    await verifyPassword(password, await decoy());
    throw INVALID();
  }

  if (!(await reserveAttempt(user.id, now))) {
    const current = await db.user.findUnique({ where: { id: user.id }, select: { signInBlockedUntil: true } });
    throw rateLimited(current?.signInBlockedUntil ?? now, now);
  }

  // A wrong password leaves the attempt counted (and the account possibly blocked): nothing more to write.
  if (!(await verifyPassword(password, user.passwordHash))) throw INVALID();
  if (!user.active) throw new AppError("FORBIDDEN", "This account has been deactivated. Ask an admin to reactivate it.");

  await db.user.update({ where: { id: user.id }, data: { failedSignIns: 0, signInBlockedUntil: null } });
  return { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale };
}
