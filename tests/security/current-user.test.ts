import { beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentUser, requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { updateUser } from "@/lib/users/update-user";
import { createUser } from "../helpers/workflow-fixtures";

// The session next-auth would decode from the cookie. It carries only the user id and is not re-issued when an admin
// changes the account, exactly like a real JWT that is still within its twelve hours.
const session = vi.hoisted(() => ({ current: null as null | { user: { id?: string; name?: string } } }));
vi.mock("@/lib/auth/session-token", () => ({ sessionUserId: async () => session.current?.user.id }));

describe("the signed-in user is read from the database on every request", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("is nobody without a session, or with a session that names no account", async () => {
    expect(await getCurrentUser()).toBeNull();
    session.current = { user: { name: "no id" } };
    expect(await getCurrentUser()).toBeNull();
    session.current = { user: { id: "5f0c7c58-7a59-4c58-9d3f-2f4a3c1b9e11" } };
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("loses access the moment an admin deactivates the account, although the session cookie is still valid", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const editor = await createUser({ role: "EDITOR" });
    session.current = { user: { id: editor.id } };
    expect(await getCurrentUser()).toMatchObject({ id: editor.id, role: "EDITOR" });

    await updateUser(admin, { userId: editor.id, active: false });
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    await updateUser(admin, { userId: editor.id, active: true });
    expect(await getCurrentUser()).toMatchObject({ id: editor.id });
  });

  it("applies a role change at once, in both directions", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const user = await createUser({ role: "REVIEWER" });
    session.current = { user: { id: user.id } };
    expect((await getCurrentUser())?.role).toBe("REVIEWER");
    await updateUser(admin, { userId: user.id, role: "EDITOR" });
    expect((await getCurrentUser())?.role).toBe("EDITOR");
    await updateUser(admin, { userId: user.id, role: "ADMIN" });
    expect((await getCurrentUser())?.role).toBe("ADMIN");
  });

  it("never carries the password hash", async () => {
    const user = await createUser();
    session.current = { user: { id: user.id } };
    const current = await getCurrentUser();
    expect(current).not.toHaveProperty("passwordHash");
    expect(Object.keys(current ?? {}).sort()).toEqual(["email", "id", "locale", "name", "role"]);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
