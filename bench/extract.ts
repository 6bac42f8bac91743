/**
 * Throughput of claim extraction on one core, beside bare Intl.Segmenter sentence splitting of the same text in the
 * same run.
 *
 *   npm run bench:extract [-- --seconds 2]
 *
 * Corpus: the seed article (Arabic) and the original French and English news fixtures, each fed as separate
 * article-sized calls (the way the app calls the extractor), and once more as long articles (the same text
 * repeated to ~100 KB). MB/s counts UTF-8 bytes. Figures are medians of five timed rounds after a warm-up; on a
 * busy two-core machine expect ±15%.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims, type ClaimLanguage } from "../lib/extraction";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const secondsPerRound = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 0.6;
const ROUNDS = 5;

const SOURCES: ReadonlyArray<{ language: ClaimLanguage; file: string }> = [
  { language: "ar", file: "tests/fixtures/seed-article.ar.txt" },
  { language: "fr", file: "lib/extraction/fixtures/news.fr.txt" },
  { language: "en", file: "lib/extraction/fixtures/news.en.txt" },
];

/** Runs `work` repeatedly for about `seconds`, returns MB/s of `bytes` per call. */
function throughput(work: () => void, bytes: number, seconds: number): number {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    work();
    calls++;
    elapsed = performance.now() - started;
  }
  return (calls * bytes) / 1e6 / (elapsed / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(text: string, language: ClaimLanguage): { extractor: number; segmenter: number; claims: number } {
  const bytes = Buffer.byteLength(text, "utf8");
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  let sink = 0;
  const extract = () => {
    sink += extractClaims(text, { language }).claims.length;
  };
  const segment = () => {
    for (const piece of segmenter.segment(text)) sink += piece.index >= 0 ? 1 : 0;
  };
  // Warm-up: let the JIT compile both paths before timing.
  throughput(extract, bytes, 0.3);
  throughput(segment, bytes, 0.3);
  const extractor: number[] = [];
  const segmented: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved rounds, so a noisy neighbour slows both sides alike.
    extractor.push(throughput(extract, bytes, secondsPerRound));
    segmented.push(throughput(segment, bytes, secondsPerRound));
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  return { extractor: median(extractor), segmenter: median(segmented), claims: extractClaims(text, { language }).claims.length };
}

console.log(`Claim extraction throughput, one core (Node ${process.version}), median of ${ROUNDS} rounds of ${secondsPerRound}s\n`);
console.log(`${"corpus".padEnd(34)} ${"size".padStart(8)} ${"claims".padStart(7)} ${"extractor".padStart(11)} ${"segmenter".padStart(11)} ${"ratio".padStart(7)}`);
for (const { language, file } of SOURCES) {
  const article = readFileSync(path.join(repoRoot, file), "utf8");
  const long = Array.from({ length: Math.ceil(100_000 / Buffer.byteLength(article)) }, () => article).join("\n\n");
  for (const [label, text] of [
    [`${language} article (${path.basename(file)})`, article],
    [`${language} long article (×${Math.round(long.length / article.length)})`, long],
  ] as const) {
    const { extractor, segmenter, claims } = measure(text, language);
    const size = `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
    console.log(
      `${label.padEnd(34)} ${size.padStart(8)} ${String(claims).padStart(7)} ${`${extractor.toFixed(2)} MB/s`.padStart(11)} ${`${segmenter.toFixed(2)} MB/s`.padStart(11)} ${`${(segmenter / extractor).toFixed(2)}×`.padStart(7)}`,
    );
  }
}
console.log("\nratio = extractor time ÷ Intl.Segmenter time for the same text (aim ≤ 5×); aim ≥ 1 MB/s.");
