import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, verifyCredentials } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { createUser, createUserFromShell } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";

const PASSWORD = "correct horse battery";

async function newUser(role: "EDITOR" | "REVIEWER" | "ADMIN" = "EDITOR") {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.local`;
  return createUserFromShell({ name: `Test ${role}`, email, password: PASSWORD, role });
}

describe("signing in", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await newUser();
    const signedIn = await verifyCredentials({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(signedIn).toMatchObject({ id: user.id, role: "EDITOR" });
  });

  it("refuses a deactivated user even with the right password", async () => {
    const admin = await newUser("ADMIN");
    const user = await newUser();
    await updateUser(admin, { userId: user.id, active: false });
    await expect(verifyCredentials({ email: user.email, password: PASSWORD })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("slows down repeated failures for one account, also for the right password, and says how long", async () => {
    const user = await newUser();
    const now = new Date("2026-11-29T10:00:00Z");
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      await expect(verifyCredentials({ email: user.email, password: "wrong" }, now)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const blocked = verifyCredentials({ email: user.email, password: PASSWORD }, new Date(now.getTime() + 1000));
    await expect(blocked).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in 29 seconds/) });
    // Once the wait is over, the right password works and resets the counter.
    const later = new Date(now.getTime() + 31_000);
    await expect(verifyCredentials({ email: user.email, password: PASSWORD }, later)).resolves.toMatchObject({ id: user.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { failedSignIns: true, signInBlockedUntil: true } });
    expect(row).toEqual({ failedSignIns: 0, signInBlockedUntil: null });
  });

  it("never returns or exposes the password hash by default", async () => {
    const user = await newUser();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty("passwordHash");
  });
});

describe("user management", () => {
  it("only admins create users or change roles, and each change is audited", async () => {
    const admin = await newUser("ADMIN");
    const reviewer = await newUser("REVIEWER");
    await expect(
      createUser(reviewer, { name: "X", email: `x-${randomUUID()}@test.local`, password: PASSWORD, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const editor = await newUser();
    await expect(updateUser(reviewer, { userId: editor.id, role: "ADMIN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateUser(admin, { userId: editor.id, role: "REVIEWER" });
    const events = await db.auditEvent.findMany({ where: { entityId: editor.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["user.create", "user.role"]);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { role: "EDITOR" }, after: { role: "REVIEWER" } });
  });

  it("refuses a duplicate email and a short password with clear messages", async () => {
    const user = await newUser();
    await expect(createUserFromShell({ name: "Dup", email: user.email, password: PASSWORD, role: "EDITOR" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already exists"),
    });
    await expect(createUserFromShell({ name: "Short", email: `s-${randomUUID()}@test.local`, password: "short", role: "EDITOR" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("at least 10 characters"),
    });
  });

  it("an admin cannot deactivate themselves", async () => {
    const admin = await newUser("ADMIN");
    await expect(updateUser(admin, { userId: admin.id, active: false })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the audit log is append-only in the database itself", async () => {
    const event = await db.auditEvent.findFirstOrThrow();
    await expect(db.auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });
});
