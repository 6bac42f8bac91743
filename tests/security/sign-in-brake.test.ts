import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import * as password from "@/lib/auth/password";
import { FREE_ATTEMPTS, verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createUserFromShell } from "@/lib/users/create-user";

const PASSWORD = "correct horse battery";

async function newAccount() {
  return createUserFromShell({ name: "Brake test", email: `brake-${randomUUID()}@test.local`, password: PASSWORD, role: "EDITOR" });
}

describe("the sign-in brake under a burst of parallel guesses", () => {
  it("lets exactly FREE_ATTEMPTS guesses reach the password check; the rest wait", async () => {
    const user = await newAccount();
    const now = new Date("2026-11-29T10:00:00Z");
    const checks = vi.spyOn(password, "verifyPassword");
    try {
      // Twenty guesses at once, as a script would send them: none may learn more than the brake allows.
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => verifyCredentials({ email: user.email, password: `guess-${i}` }, now)),
      );
      const codes = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { code?: string }).code : "SIGNED_IN"));
      expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(FREE_ATTEMPTS);
      expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(20 - FREE_ATTEMPTS);
      expect(checks.mock.calls.filter(([, hash]) => hash.startsWith("scrypt$"))).toHaveLength(FREE_ATTEMPTS);
    } finally {
      checks.mockRestore();
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { failedSignIns: true, signInBlockedUntil: true } });
    expect(row.failedSignIns).toBe(FREE_ATTEMPTS);
    expect(row.signInBlockedUntil).toEqual(new Date(now.getTime() + 30_000));
    // The right password inside the waiting period is refused too.
    await expect(verifyCredentials({ email: user.email, password: PASSWORD }, new Date(now.getTime() + 1000))).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("does not count a successful sign-in against the account", async () => {
    const user = await newAccount();
    for (let i = 0; i < FREE_ATTEMPTS + 2; i++) {
      await expect(verifyCredentials({ email: user.email, password: PASSWORD })).resolves.toMatchObject({ id: user.id });
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { failedSignIns: true, signInBlockedUntil: true } });
    expect(row).toEqual({ failedSignIns: 0, signInBlockedUntil: null });
  });

  it("spends a password hash on an unknown email too, so timing does not reveal which accounts exist", async () => {
    const checks = vi.spyOn(password, "verifyPassword");
    try {
      await expect(verifyCredentials({ email: `nobody-${randomUUID()}@test.local`, password: "whatever" })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
      expect(checks).toHaveBeenCalledTimes(1);
    } finally {
      checks.mockRestore();
    }
  });
});
