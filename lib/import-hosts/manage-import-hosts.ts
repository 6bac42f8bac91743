import { z } from "zod";
import { recordAudit } from "@/lib/audit";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

/**
 * The admin allow-list for URL import: hosts (optionally host:port) that may be fetched even though they resolve to
 * private, loopback or link-local addresses — an intranet CMS, a wire-service mirror. Everything else internal stays
 * refused (see lib/import/url-guard.ts).
 */
export const ZImportHost = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/, "Enter a host name such as intranet.example.org or 10.0.0.5:8080, without http://.");

export async function findImportHosts(actor: Actor) {
  assertCan(actor, "importHost.manage");
  return db.allowedImportHost.findMany({ orderBy: { host: "asc" }, include: { createdBy: { select: { name: true } } } });
}

export async function addImportHost(actor: Actor, rawHost: string) {
  assertCan(actor, "importHost.manage");
  const host = parseInput(ZImportHost, rawHost);
  return db.$transaction(async (tx) => {
    if (await tx.allowedImportHost.findUnique({ where: { host } })) {
      throw new AppError("CONFLICT", `${host} is already on the allow-list.`);
    }
    const row = await tx.allowedImportHost.create({ data: { host, createdById: actor.id } });
    await recordAudit(tx, { actorId: actor.id, action: "importHost.add", entityType: "AllowedImportHost", entityId: row.id, after: { host } });
    return row;
  });
}

export async function removeImportHost(actor: Actor, id: string) {
  assertCan(actor, "importHost.manage");
  // A malformed id would reach PostgreSQL as an invalid uuid and come back as an unexplained server error.
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND", "That host is not on the allow-list.");
  return db.$transaction(async (tx) => {
    const row = await tx.allowedImportHost.findUnique({ where: { id } });
    if (!row) throw new AppError("NOT_FOUND", "That host is not on the allow-list.");
    await tx.allowedImportHost.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, action: "importHost.remove", entityType: "AllowedImportHost", entityId: id, before: { host: row.host } });
  });
}
