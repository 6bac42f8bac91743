import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addImportHost, findImportHosts, removeImportHost } from "@/lib/import-hosts/manage-import-hosts";
import { auditEventsSince, auditMark, newUser, uniqueTag, type TestUser } from "./helpers/factories";

/**
 * The URL-import allow-list is a security boundary (it lets the server fetch internal addresses), so only admins may
 * change or even read it. Host names here are unique per run: the list is shared by every test file, and a bare
 * "127.0.0.1" entry would silently allow the loopback server other tests expect to be refused.
 */
let admin: TestUser;
let editor: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  admin = await newUser("ADMIN", "نادية الإدريسي");
  editor = await newUser("EDITOR");
  reviewer = await newUser("REVIEWER");
});

const hostName = () => `cms-${uniqueTag()}.intranet.example`;

describe("addImportHost", () => {
  it("stores the host in canonical form (trimmed, lower case) with an audit event", async () => {
    const host = hostName();
    const mark = await auditMark();
    const row = await addImportHost(admin, `  ${host.toUpperCase()}:8080 `);
    expect(row).toMatchObject({ host: `${host}:8080`, createdById: admin.id });
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([["importHost.add", row.id, admin.id]]);
    expect(events[0]!.after).toEqual({ host: `${host}:8080` });
    const listed = await findImportHosts(admin);
    expect(listed.find((h) => h.id === row.id)).toMatchObject({ host: `${host}:8080`, createdBy: { name: "نادية الإدريسي" } });
  });

  it("refuses a host already on the list, whatever its case", async () => {
    const host = hostName();
    await addImportHost(admin, host);
    const before = await db.allowedImportHost.count();
    await expect(addImportHost(admin, host.toUpperCase())).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(host) });
    expect(await db.allowedImportHost.count()).toBe(before);
  });

  it.each([
    ["a URL with a scheme", "http://intranet.example.org"],
    ["a path", "intranet.example.org/news"],
    ["credentials", "user@intranet.example.org"],
    ["spaces inside", "intra net.example.org"],
    ["an empty value", "   "],
  ])("refuses %s with a message saying what to enter", async (_label, host) => {
    const before = await db.allowedImportHost.count();
    await expect(addImportHost(admin, host)).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("without http://") });
    expect(await db.allowedImportHost.count()).toBe(before);
  });

  it("accepts IPv4 and bracketed IPv6 entries with ports", async () => {
    const port = 20_000 + Math.floor(Math.random() * 40_000);
    const v4 = await addImportHost(admin, `10.1.2.3:${port}`);
    const v6 = await addImportHost(admin, `[FD00::${port.toString(16)}]:${port}`);
    expect([v4.host, v6.host]).toEqual([`10.1.2.3:${port}`, `[fd00::${port.toString(16)}]:${port}`]);
  });
});

describe("who manages the allow-list", () => {
  it("refuses editors and reviewers: they cannot add, list or remove hosts", async () => {
    const row = await addImportHost(admin, hostName());
    const mark = await auditMark();
    for (const actor of [editor, reviewer, { id: admin.id, role: "admin" }]) {
      await expect(addImportHost(actor, hostName())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findImportHosts(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeImportHost(actor, row.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.allowedImportHost.findUnique({ where: { id: row.id } })).not.toBeNull();
    expect(await auditEventsSince(mark)).toEqual([]);
  });
});

describe("removeImportHost", () => {
  it("removes the host with an audit event recording what it was", async () => {
    const row = await addImportHost(admin, hostName());
    const mark = await auditMark();
    await removeImportHost(admin, row.id);
    expect(await db.allowedImportHost.findUnique({ where: { id: row.id } })).toBeNull();
    const events = await auditEventsSince(mark);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([["importHost.remove", row.id]]);
    expect(events[0]!.before).toEqual({ host: row.host });
  });

  it("says NOT_FOUND for an unknown or malformed id", async () => {
    await expect(removeImportHost(admin, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeImportHost(admin, "not-an-id")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
