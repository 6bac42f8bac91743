import { AppError } from "@/lib/errors";
import { assertLooksLikeText, decodeUploadedText, decodeWebText } from "./decode-text";
import { docxToText } from "./docx-text";
import { extractArticleFromHtml } from "./html-text";
import { DEFAULT_MAX_BYTES, UNPACK_FACTOR, formatBytes } from "./limits";
import { markdownToText } from "./markdown-text";
import { normalizeArticleText } from "./normalize";

export type UploadFormat = "txt" | "md" | "html" | "docx";

export type UploadedFile = { filename: string; bytes: Uint8Array; mimeType?: string };

export type ExtractedFileText = { title?: string; text: string; format: UploadFormat };

const FORMAT_BY_EXTENSION: Record<string, UploadFormat> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  docx: "docx",
};

/** Used only when the file name has no extension we know (some browsers and clients send "blob"). */
const FORMAT_BY_MIME_TYPE: Record<string, UploadFormat> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".docx"] as const;

/**
 * Text of an uploaded article, normalised (see normalizeArticleText) so claim offsets can be taken from it directly.
 * The extension decides the format, because that is what the user chose; the content is then checked, so a PNG
 * renamed .txt is refused rather than imported as gibberish.
 */
export async function extractTextFromFile(
  file: UploadedFile,
  { maxBytes = DEFAULT_MAX_BYTES }: { maxBytes?: number } = {},
): Promise<ExtractedFileText> {
  const { filename, bytes } = file;
  const format = detectFormat(file);
  if (bytes.byteLength > maxBytes) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `"${filename}" is ${formatBytes(bytes.byteLength)}; files up to ${formatBytes(maxBytes)} can be imported.`,
      { reason: "FILE_TOO_LARGE", filename, sizeBytes: bytes.byteLength, limitBytes: maxBytes },
    );
  }
  if (bytes.byteLength === 0) {
    throw new AppError("BAD_REQUEST", `"${filename}" is empty.`, { reason: "EMPTY_FILE", filename });
  }

  const extracted = await extractByFormat(format, file, maxBytes);
  const text = normalizeArticleText(extracted.text);
  if (!text) {
    throw new AppError("BAD_REQUEST", `"${filename}" contains no article text.`, { reason: "NO_TEXT", filename });
  }
  const title = extracted.title ? normalizeArticleText(extracted.title).replace(/\s+/g, " ") : undefined;
  return { ...(title ? { title } : {}), text, format };
}

async function extractByFormat(
  format: UploadFormat,
  { filename, bytes }: UploadedFile,
  maxBytes: number,
): Promise<{ title?: string; text: string }> {
  switch (format) {
    case "txt":
      return { text: decodeUploadedText(bytes, filename) };
    case "md":
      return markdownToText(decodeUploadedText(bytes, filename));
    case "html": {
      // Saved web pages often declare their charset in a <meta> tag (windows-1256 for older Arabic sites); honour it,
      // but still refuse binaries the way plain text is refused.
      assertLooksLikeText(bytes, filename);
      const { text: html } = decodeWebText(bytes, { isHtml: true });
      const article = extractArticleFromHtml(html);
      return { title: article.title || undefined, text: article.text };
    }
    case "docx":
      return docxToText(bytes, filename, maxBytes * UNPACK_FACTOR);
  }
}

function detectFormat({ filename, mimeType }: UploadedFile): UploadFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(filename.trim())?.[1]?.toLowerCase();
  const byExtension = extension ? FORMAT_BY_EXTENSION[extension] : undefined;
  if (byExtension) return byExtension;
  const byMimeType = !extension && mimeType ? FORMAT_BY_MIME_TYPE[mimeType.split(";")[0]!.trim().toLowerCase()] : undefined;
  if (byMimeType) return byMimeType;
  throw new AppError(
    "UNSUPPORTED_MEDIA",
    `"${filename}" cannot be imported: accepted files are ${ACCEPTED_EXTENSIONS.join(", ")}.`,
    { reason: "UNSUPPORTED_FILE_TYPE", filename, accepted: ACCEPTED_EXTENSIONS.join(", ") },
  );
}
