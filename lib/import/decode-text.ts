import { AppError } from "@/lib/errors";

/**
 * Bytes → string for imported material. Uploads must be UTF-8 (a BOM may say UTF-16, which is what Windows Notepad
 * calls "Unicode"); web pages may declare any charset the WHATWG Encoding standard knows, Arabic sites often
 * windows-1256. Decoding is strict for UTF-8 because a silently mangled article would anchor claims to garbage.
 */

/** Signatures of formats people rename to .txt by mistake; naming the real format makes the error actionable. */
const BINARY_SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or an Office document)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "an old Word/Excel document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** The encoding a byte-order mark announces, if any. A BOM outranks every declared charset (WHATWG decode). */
export function sniffBom(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return "utf-8";
  if (startsWith(bytes, [0xff, 0xfe])) return "utf-16le";
  if (startsWith(bytes, [0xfe, 0xff])) return "utf-16be";
  return undefined;
}

/** A TextDecoder for a charset label, or undefined when the label is unknown (the caller then falls back). */
export function decoderFor(label: string, fatal = false): TextDecoder | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return undefined;
  }
}

/**
 * Refuses bytes that are not text in any encoding: a known binary signature, or a NUL byte (which no 8-bit or UTF-8
 * text contains). UTF-16 legitimately has NUL bytes, so a UTF-16 BOM skips that test.
 */
export function assertLooksLikeText(bytes: Uint8Array, filename: string): void {
  const bom = sniffBom(bytes);
  if (bom === "utf-16le" || bom === "utf-16be") return;
  const signature = BINARY_SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature || (!bom && bytes.includes(0))) {
    throw new AppError(
      "UNSUPPORTED_MEDIA",
      signature
        ? `"${filename}" is not a text file: its content looks like ${signature.name}. Upload the article as .txt, .md, .html or .docx.`
        : `"${filename}" contains binary data, not text. Upload the article as .txt, .md, .html or .docx.`,
      { reason: "BINARY_CONTENT", filename },
    );
  }
}

/**
 * Decodes an uploaded text file. Refuses binaries and anything that is not valid UTF-8 (or BOM-marked UTF-16),
 * telling the user what to do rather than importing mojibake.
 */
export function decodeUploadedText(bytes: Uint8Array, filename: string): string {
  assertLooksLikeText(bytes, filename);
  let text: string;
  try {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    text = new TextDecoder(sniffBom(bytes) ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      "UNSUPPORTED_MEDIA",
      `"${filename}" is not valid UTF-8 text. If it is a text file, save it again with the UTF-8 encoding and re-upload it.`,
      { reason: "INVALID_ENCODING", filename },
    );
  }
  if (looksBinary(text)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA",
      `"${filename}" contains binary data, not text. Upload the article as .txt, .md, .html or .docx.`,
      { reason: "BINARY_CONTENT", filename },
    );
  }
  return text;
}

/**
 * Valid text can still be binary (UTF-16 zeros are). Text never contains NUL, and real articles carry almost no
 * other control characters, so either is a reliable tell without guessing at formats.
 */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return controls > 0 && controls / text.length > 0.01;
}

/** `charset=` from a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

/**
 * The charset an HTML document declares in its first bytes (<meta charset> or the http-equiv form). Browsers only
 * look at the start of the document too, so a late declaration does not count.
 */
export function charsetFromHtmlMeta(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1];
}

/**
 * Decodes a fetched page or an uploaded HTML file the way a browser would: BOM, then the declared charset (header,
 * then meta), then UTF-8, then windows-1252. Web pages are decoded leniently: one bad byte should not lose an
 * article whose charset the publisher declared.
 */
export function decodeWebText(
  bytes: Uint8Array,
  { headerCharset, isHtml }: { headerCharset?: string; isHtml: boolean },
): { text: string; charset: string } {
  const bom = sniffBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom };

  let declared = headerCharset ?? (isHtml ? charsetFromHtmlMeta(bytes) : undefined);
  // A page cannot really be UTF-16 if its ASCII meta tag was readable; WHATWG says treat that as UTF-8.
  if (declared && /^utf-?16/i.test(declared) && !headerCharset) declared = "utf-8";
  const decoder = declared ? decoderFor(declared) : undefined;
  if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding };

  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), charset: "windows-1252" };
  }
}
