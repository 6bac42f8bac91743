import mammoth from "mammoth";
import { AppError } from "@/lib/errors";
import { assertZipWithinLimits } from "./zip-guard";

/**
 * Word documents via mammoth's raw text (paragraphs separated by blank lines). mammoth never fetches linked files
 * (externalFileAccess is off by default since 1.11), and the archive is checked for zip bombs first.
 */
export async function docxToText(
  bytes: Uint8Array,
  filename: string,
  maxUnpackedBytes: number,
): Promise<{ title?: string; text: string }> {
  assertZipWithinLimits(bytes, filename, maxUnpackedBytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let raw: string;
  let html: string;
  try {
    // The HTML rendering is only consulted for the first paragraph's style (Title / Heading → a real headline).
    [{ value: raw }, { value: html }] = await Promise.all([
      mammoth.extractRawText({ buffer }),
      mammoth.convertToHtml({ buffer }, { styleMap: ["p[style-name='Title'] => h1:fresh"] }),
    ]);
  } catch {
    throw new AppError(
      "UNSUPPORTED_MEDIA",
      `"${filename}" is not a readable Word document (.docx). Open it in Word and save it again as .docx, or paste its text.`,
      { reason: "INVALID_DOCX", filename },
    );
  }

  const paragraphs = raw.replace(/\r\n?/g, "\n").split(/\n{2,}/);
  const first = paragraphs[0]?.trim() ?? "";
  const styledAsHeading = /^<h[1-3][\s>]/.test(html.trimStart());
  if (first && paragraphs.slice(1).some((p) => p.trim()) && (styledAsHeading || looksLikeHeadline(first))) {
    // The headline is stored beside the body, as for web pages and Markdown, so it is not repeated in the text.
    return { title: first.replace(/\s+/g, " "), text: paragraphs.slice(1).join("\n\n") };
  }
  return { text: raw };
}

/** Authors often type the headline as a plain, short first paragraph: one line, no sentence-ending punctuation. */
function looksLikeHeadline(paragraph: string): boolean {
  return paragraph.length <= 150 && !paragraph.includes("\n") && !/[.!?؟:;,،…]["'»”)]*$/.test(paragraph);
}
