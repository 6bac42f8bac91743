import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPORT_FONT_FILES as FONTS } from "@/lib/publishing/public-fonts";

/**
 * Serves the report fonts (from the @fontsource npm packages) to the public report page, which uses the report's
 * own font families rather than the app's next/font ones. Only the listed files are served.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const pkg = FONTS[file];
  if (!pkg) return new Response("Not found", { status: 404 });
  const data = await readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", pkg, "files", file));
  return new Response(new Uint8Array(data), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
