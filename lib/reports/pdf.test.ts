/**
 * Renders real PDFs with Chromium and reads them back with poppler (pdftotext, pdfinfo, pdffonts).
 *
 * What pdftotext (poppler 22) makes of these PDFs, found by looking at its output:
 * - In an Arabic (RTL) report, Arabic text comes out in logical order, wrapped in bidi embedding controls
 *   (U+202A/B/C) and with stray spaces inside words where the font kerns; a line may be split before its first word.
 * - Digit runs glued to `%` inside Arabic come out reordered ("7%" → "%7"); in wrapped paragraphs a few glyphs that
 *   hang below the line (final ن, ئ) can land on a line of their own.
 * - In an English (LTR) report, an Arabic quote that mixes in numbers comes out run by run in visual order: "افتتحت
 *   الحكومة 120 مدرسة …" becomes "مدرسة … 120 افتتحت الحكومة", each Arabic run itself in logical order.
 * - Poppler's line grouping can also cut a line after its first Arabic word and put a neighbouring block (the verdict
 *   badge) in between: "انخفض" / "5 من 6" / "معدل البطالة …".
 * - In an English report poppler splits the same first word off after the badge, too.
 * So `findIn` strips bidi controls and whitespace, then accepts the needle as is, reversed per line (in case another
 * poppler emits visual order), as its words in order with only short gaps between them (what the Arabic report
 * needs), or as its words all within four neighbouring lines in any order (what the English report needs).
 * The normalised text, which holds "7%", is compared on its Arabic letters only.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { arabicArticleReport, englishReportOfArabicArticle } from "./__fixtures__/sample-report";
import { closeReportBrowser, renderReportPdf } from "./pdf";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping PDF tests: no Chromium at ${CHROMIUM} (apt-get install chromium poppler-utils)`);

const BIDI_AND_SPACE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\s]/g;
const strip = (s: string) => s.replace(BIDI_AND_SPACE, "");
const arabicLetters = (s: string) => s.replace(/[^\u0621-\u064A]/g, "");

let dir = "";

function readPdf(pdf: Buffer, name: string) {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const run = (cmd: string, args: string[]) => execFileSync(cmd, [...args, file, ...(cmd === "pdftotext" ? ["-"] : [])]).toString("utf8");
  return { text: run("pdftotext", ["-enc", "UTF-8"]), info: run("pdfinfo", []), fonts: run("pdffonts", []) };
}

/** Browser processes started by this test worker (Chromium's own helpers are its children, not ours). */
function chromiumChildren(): number[] {
  return execFileSync("ps", ["-o", "pid=,stat=,comm=", "--ppid", String(process.pid)])
    .toString()
    .split("\n")
    .filter((line) => /chrom/i.test(line) && !/\bZ/.test(line))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

type Match = "logical" | "reversed-lines" | "words-in-order" | "words-nearby" | null;

function findIn(needle: string, text: string): Match {
  const lines = text.split("\n").map(strip).filter(Boolean);
  const joined = lines.join("");
  const target = strip(needle);
  if (joined.includes(target)) return "logical";
  if (lines.map((l) => [...l].reverse().join("")).join("").includes(target)) return "reversed-lines";
  const words = needle.split(/\s+/).map(strip).filter(Boolean);
  // The needle's words in order, with at most a short stretch of other text (e.g. a badge) between them.
  let from = joined.indexOf(words[0] ?? "");
  const start = from;
  for (const word of words) {
    const at = from < 0 ? -1 : joined.indexOf(word, from);
    from = at < 0 || at - from > 40 ? -1 : at + word.length;
    if (from < 0) break;
  }
  if (from >= 0 && from - start <= target.length + 40) return "words-in-order";
  // Visual order (an RTL quote in an LTR page): every word within a few neighbouring lines, in any order.
  for (let i = 0; i < lines.length; i += 1) {
    const window = lines.slice(i, i + 4).join("");
    if (words.every((word) => window.includes(word))) return "words-nearby";
  }
  return null;
}

describe.skipIf(!hasChromium)("renderReportPdf", () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "sanad-pdf-"));
  });
  afterAll(async () => {
    await closeReportBrowser();
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints an Arabic report on A4 with the Arabic font embedded, the claim text and page numbers", async () => {
    const data = arabicArticleReport();
    const { text, info, fonts } = readPdf(await renderReportPdf(data), "arabic");

    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(fonts).toMatch(/NotoNaskhArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    // Every glyph came from an embedded outline font: no text fell back to a system font drawn as Type 3.
    expect(fonts).not.toContain("Type 3");

    const approved = data.claims[0]!;
    expect(["logical", "words-in-order"]).toContain(findIn(approved.quote, text));
    expect(arabicLetters(strip(text))).toContain(arabicLetters(approved.normalizedText));
    expect(findIn("عمر الخطيب", text)).toBe("logical");

    // Footer "n / total" on a line of its own; it is RTL, so poppler may give it either way round.
    const footers = text
      .split("\n")
      .map(strip)
      .filter((line) => /^\d+\/\d+$/.test(line))
      .map((line) => line.split("/").map(Number).sort((a, b) => a - b).join("/"));
    expect(footers).toContain(`1/${pages}`);
    expect(footers.length).toBeGreaterThanOrEqual(pages);
  });

  it("keeps Arabic quotes intact in an English report", async () => {
    const data = englishReportOfArabicArticle();
    const { text } = readPdf(await renderReportPdf(data), "english");
    expect(findIn(data.claims[0]!.quote, text)).not.toBeNull();
    expect(findIn(data.claims[1]!.quote, text)).not.toBeNull();
    expect(text).toContain("Mostly true");
  });

  it("renders five exports at once on one browser", async () => {
    const pdfs = await Promise.all(Array.from({ length: 5 }, () => renderReportPdf(arabicArticleReport())));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(chromiumChildren()).toHaveLength(1);
  });

  it("launches exactly one new browser after the old one died, even with five exports waiting", async () => {
    await renderReportPdf(arabicArticleReport());
    const before = chromiumChildren();
    expect(before.length).toBeGreaterThan(0);
    // Kill the Chromium this worker started (by pid), as an OOM kill would.
    for (const pid of before) process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 300));

    const pdfs = await Promise.all(Array.from({ length: 5 }, () => renderReportPdf(arabicArticleReport())));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const after = chromiumChildren();
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
  });

  it("launches again after closeReportBrowser()", async () => {
    await closeReportBrowser();
    const pdf = await renderReportPdf(arabicArticleReport({ includePending: false }));
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
