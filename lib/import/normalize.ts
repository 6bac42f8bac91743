import { createHash } from "node:crypto";

/**
 * The one place article text is made canonical. Claims are stored as UTF-16 offsets into the text this returns, so it
 * runs exactly once, at import, and must be idempotent: normalising stored text again may never move an offset.
 */
export function normalizeArticleText(raw: string): string {
  return (
    raw
      // Lone surrogates cannot be stored as UTF-8 (PostgreSQL refuses them); U+FFFD marks where the broken character was.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
      .replace(/\r\n?/g, "\n")
      // Vertical tab, form feed, NEL and the Unicode line/paragraph separators are line breaks, not noise: stripping
      // them would glue the words on either side together.
      .replace(/[\v\f\u0085\u2028\u2029]/g, "\n")
      // Other C0/C1 controls are invisible debris from copy-paste and would shift offsets the reader cannot see.
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, "")
      // NFC after stripping: a control between a letter and its accent would otherwise leave a sequence that only a
      // second normalisation composes, and that second pass would move offsets.
      .normalize("NFC")
      // Any run of lines holding nothing but spaces becomes exactly one blank line (the paragraph break).
      .replace(/\n(?:[^\S\n]*\n)+/g, "\n\n")
      .trim()
  );
}

/** sha256 (hex) of the normalised text, so the same article pasted twice is recognised whatever its line endings. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeArticleText(text), "utf8").digest("hex");
}

export type TextDirection = "RTL" | "LTR";

/** Arabic is the desk's only right-to-left language; "ar-EG" and "AR" count as Arabic too. */
export function detectDirection(language: string | null | undefined): TextDirection {
  const primary = (language ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "ar" ? "RTL" : "LTR";
}
