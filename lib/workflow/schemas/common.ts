import { z } from "zod";

/** Shared pieces of the workflow's input schemas. Safe to import in client components (no database code). */
export const ZId = z.uuid("Not a valid id.");

/** The claim version the user's screen was built from; every claim mutation carries it (optimistic concurrency). */
export const ZVersion = z.number().int().positive();

export const ZClaimRef = z.object({ articleId: ZId, claimId: ZId });

export const ZVersionedClaimRef = ZClaimRef.extend({ version: ZVersion });

/** A required piece of prose (reason, rationale, comment): trimmed, and blank counts as missing. */
export function requiredText(label: string, max: number) {
  return z.string(`${label} is required.`).trim().min(1, `${label} is required.`).max(max, `${label} is too long (at most ${max} characters).`);
}

/** Optional prose: trimmed, and blank means "none" (null), so a cleared field clears the column. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value : value === undefined ? undefined : null));
}

/** Accepts a Date (server actions) or an ISO string (JSON routes). */
export const ZDate = z.coerce.date("Not a valid date.");
