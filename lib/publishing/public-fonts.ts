/**
 * The public report page uses the report's own font families (lib/reports/html-styles.ts). The standalone exports
 * embed them as base64; the page instead loads them from /fonts/<file>, served from the @fontsource npm packages.
 */
// A map without a prototype: /fonts/<file> looks the requested name up here, and on a plain object names such as
// "constructor" or "toString" would find an inherited function and crash the public route instead of a 404.
export const REPORT_FONT_FILES: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    "noto-naskh-arabic-arabic-400-normal.woff2": "noto-naskh-arabic",
    "noto-naskh-arabic-arabic-700-normal.woff2": "noto-naskh-arabic",
    "inter-latin-400-normal.woff2": "inter",
    "inter-latin-600-normal.woff2": "inter",
    "inter-latin-700-normal.woff2": "inter",
  }),
);

const ARABIC_RANGE = "U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF";

export const PUBLIC_REPORT_FONT_CSS = Object.keys(REPORT_FONT_FILES)
  .map((file) => {
    const arabic = file.startsWith("noto");
    const weight = /-(\d{3})-normal/.exec(file)?.[1] ?? "400";
    const family = arabic ? "Noto Naskh Arabic" : "Inter";
    const extra = arabic ? `size-adjust:112%;unicode-range:${ARABIC_RANGE};` : "";
    return `@font-face{font-family:"${family}";font-weight:${weight};font-display:swap;src:url(/fonts/${file}) format("woff2");${extra}}`;
  })
  .join("\n");
