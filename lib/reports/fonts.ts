/**
 * Fonts embedded in the standalone HTML (and so in the PDF) as base64 @font-face rules, from the @fontsource npm
 * packages: the file opens offline, and the server's Chromium needs no system Arabic font to shape the text.
 * Noto Naskh Arabic carries Arabic script, Inter carries Latin; each rule keeps the subset's `unicode-range` from the
 * package's own CSS so the browser picks the right face per character.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const ARABIC_FAMILY = "Noto Naskh Arabic";
export const LATIN_FAMILY = "Inter";

interface FontFile {
  pkg: string;
  family: string;
  subset: string;
  weight: number;
  /** CSS `size-adjust`: Naskh draws smaller than Inter at the same font-size, so it is scaled up to match. */
  sizeAdjust?: string;
}

const ARABIC_FONTS: FontFile[] = [400, 700].map((weight) => ({
  pkg: "noto-naskh-arabic",
  family: ARABIC_FAMILY,
  subset: "arabic",
  weight,
  sizeAdjust: "112%",
}));
const LATIN_FONTS: FontFile[] = [400, 600, 700].map((weight) => ({
  pkg: "inter",
  family: LATIN_FAMILY,
  subset: "latin",
  weight,
}));

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** True when the text has Arabic script, so the Arabic face is worth its ~140 KB in an English report. */
export function hasArabicScript(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

const cache = new Map<string, string>();

// Resolved from the working directory (the repository root for the server, scripts and tests) rather than with
// require.resolve: Next's bundler follows a dynamic require.resolve into the packages' CSS files and fails the build.
function resolveFontsourceFile(pkg: string, file: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", pkg, file);
}

function unicodeRangeOf(font: FontFile, fileName: string): string | null {
  const css = readFileSync(resolveFontsourceFile(font.pkg, `${font.weight}.css`), "utf8");
  const block = css.split("@font-face").find((b) => b.includes(`/${fileName}.woff2`));
  return /unicode-range:\s*([^;]+);/.exec(block ?? "")?.[1]?.trim() ?? null;
}

function fontFaceRule(font: FontFile): string {
  const fileName = `${font.pkg}-${font.subset}-${font.weight}-normal`;
  let rule = cache.get(fileName);
  if (rule === undefined) {
    const data = readFileSync(resolveFontsourceFile(font.pkg, `files/${fileName}.woff2`)).toString("base64");
    const range = unicodeRangeOf(font, fileName);
    rule =
      `@font-face{font-family:"${font.family}";font-style:normal;font-weight:${font.weight};font-display:block;` +
      `src:url(data:font/woff2;base64,${data}) format("woff2");${range ? `unicode-range:${range};` : ""}` +
      `${font.sizeAdjust ? `size-adjust:${font.sizeAdjust};` : ""}}`;
    cache.set(fileName, rule);
  }
  return rule;
}

/** @font-face rules for the faces a report needs. Files are read once per process and kept in memory. */
export function embeddedFontCss({ arabic }: { arabic: boolean }): string {
  const fonts = arabic ? [...LATIN_FONTS, ...ARABIC_FONTS] : LATIN_FONTS;
  return fonts.map(fontFaceRule).join("\n");
}
