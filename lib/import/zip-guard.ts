import { inflateRawSync } from "node:zlib";
import { AppError } from "@/lib/errors";
import { formatBytes } from "./limits";

/**
 * A .docx is a ZIP, and a few megabytes of ZIP can inflate to gigabytes ("zip bomb"). mammoth (via JSZip) inflates
 * whole entries into memory without a cap, so before handing it the file we inflate every entry ourselves under
 * zlib's maxOutputLength. Sizes declared in the archive are not trusted: they are what a bomb lies about.
 */
export function assertZipWithinLimits(bytes: Uint8Array, filename: string, maxUnpackedBytes: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw notADocx(filename);

  const entryCount = view.getUint16(end + 10, true);
  let cursor = view.getUint32(end + 16, true);
  let budget = maxUnpackedBytes;

  for (let i = 0; i < entryCount; i++) {
    if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== 0x02014b50) throw notADocx(filename);
    const method = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const localHeader = view.getUint32(cursor + 42, true);
    cursor += 46 + nameLength + extraLength + commentLength;

    // ZIP64 markers: no Word document small enough to upload needs them.
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) throw notADocx(filename);
    if (localHeader + 30 > bytes.length || view.getUint32(localHeader, true) !== 0x04034b50) throw notADocx(filename);
    const dataStart = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);

    let unpacked: number;
    if (method === 0) unpacked = data.length;
    else if (method === 8) {
      try {
        unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if (error instanceof RangeError) throw tooLargeWhenUnpacked(filename, maxUnpackedBytes);
        throw notADocx(filename);
      }
    } else throw notADocx(filename);

    budget -= unpacked;
    if (budget < 0) throw tooLargeWhenUnpacked(filename, maxUnpackedBytes);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  return -1;
}

function notADocx(filename: string): AppError {
  return new AppError(
    "UNSUPPORTED_MEDIA",
    `"${filename}" is not a readable Word document (.docx). Open it in Word and save it again as .docx, or paste its text.`,
    { reason: "INVALID_DOCX", filename },
  );
}

function tooLargeWhenUnpacked(filename: string, maxUnpackedBytes: number): AppError {
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `"${filename}" unpacks to more than ${formatBytes(maxUnpackedBytes)}, more than any article needs. Paste its text instead.`,
    { reason: "UNPACKED_TOO_LARGE", filename, limitBytes: maxUnpackedBytes },
  );
}
