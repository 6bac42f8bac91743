import type { Source } from "@/lib/generated/prisma/client";

export const SOURCE_FIELDS = [
  "url",
  "title",
  "publisher",
  "publishedAt",
  "excerpt",
  "accessedAt",
  "archivedUrl",
  "stance",
  "note",
] as const;

export type SourceField = (typeof SOURCE_FIELDS)[number];

/** The editable fields of a source, as the audit log records them. */
export function sourceSnapshot(source: Source): Pick<Source, SourceField> {
  const snapshot = {} as Record<SourceField, unknown>;
  for (const field of SOURCE_FIELDS) snapshot[field] = source[field];
  return snapshot as Pick<Source, SourceField>;
}
