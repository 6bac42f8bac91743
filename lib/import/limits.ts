/** Defaults shared by uploads and URL imports; callers may pass their own. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_REDIRECTS = 5;
/** A .docx compresses its XML roughly tenfold; twenty times the upload limit leaves room and still stops a bomb. */
export const UNPACK_FACTOR = 20;

/** "5 MB", "1.5 MB", "64 KB": limits are shown to newsroom staff, not engineers. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** "10 s", "0.3 s". */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds >= 1 ? Number(seconds.toFixed(1)) : Number(seconds.toPrecision(2))} s`;
}
