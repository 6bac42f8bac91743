/**
 * Throughput of claim extraction on one core, beside bare Intl.Segmenter sentence splitting of the same text in the
 * same run.
 *
 *   npm run bench:extract [-- --seconds 1] [-- --rounds 7]
 *
 * Corpus: the seed article (Arabic) and the original French and English news fixtures, each fed as separate
 * article-sized calls (the way the app calls the extractor), and once more as long articles (the same text
 * repeated to ~100 KB). When the evaluation data is present (../shared/eval, as for `npm run eval:claims`), also the
 * Arabic and English dev rows cut into article-sized texts of distinct rows: repeating one article lets every
 * per-word cache of the extractor stay warm, while these keep showing it words and shapes of claims it has not just
 * seen.
 *
 * MB/s counts UTF-8 bytes. Each round times the extractor and then the segmenter on the same texts for the same
 * duration; the ratio (extractor time ÷ segmenter time) is taken per round, so a noisy neighbour slows both sides of
 * a ratio alike, and the figures printed are medians over the rounds, after a warm-up. On a busy two-core machine
 * expect ±15% between runs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims, type ClaimLanguage } from "../lib/extraction";
import { loadRows, locateEvalDir } from "../lib/extraction/training/eval-data";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const numberFlag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const secondsPerRound = numberFlag("--seconds", 0.6);
const ROUNDS = numberFlag("--rounds", 7);
const WARM_UP_SECONDS = 0.5;
/** Size of the texts cut from the evaluation rows: the seed article's. */
const ARTICLE_BYTES = 4_700;

const SOURCES: ReadonlyArray<{ language: ClaimLanguage; file: string }> = [
  { language: "ar", file: "tests/fixtures/seed-article.ar.txt" },
  { language: "fr", file: "lib/extraction/fixtures/news.fr.txt" },
  { language: "en", file: "lib/extraction/fixtures/news.en.txt" },
];

interface Corpus {
  label: string;
  language: ClaimLanguage;
  /** One extractClaims call (or one segmentation) per text. */
  texts: readonly string[];
}

/** Runs `pass` repeatedly for about `seconds`; returns MB/s of `bytes` per pass. */
function throughput(pass: () => void, bytes: number, seconds: number): number {
  let passes = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    pass();
    passes++;
    elapsed = performance.now() - started;
  }
  return (passes * bytes) / 1e6 / (elapsed / 1000);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Measurement {
  extractor: number;
  segmenter: number;
  ratio: number;
  lowestRatio: number;
  highestRatio: number;
  claims: number;
}

function measure({ language, texts }: Corpus): Measurement {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, "utf8"), 0);
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  let sink = 0;
  const extract = () => {
    for (const text of texts) sink += extractClaims(text, { language }).claims.length;
  };
  const segment = () => {
    for (const text of texts) for (const piece of segmenter.segment(text)) sink += piece.index >= 0 ? 1 : 0;
  };
  // Warm-up: let the JIT compile both paths before timing.
  throughput(extract, bytes, WARM_UP_SECONDS);
  throughput(segment, bytes, WARM_UP_SECONDS);
  const extractor: number[] = [];
  const segmented: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    extractor.push(throughput(extract, bytes, secondsPerRound));
    segmented.push(throughput(segment, bytes, secondsPerRound));
    ratios.push(segmented[round]! / extractor[round]!);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  const claims = texts.reduce((sum, text) => sum + extractClaims(text, { language }).claims.length, 0);
  return {
    extractor: median(extractor),
    segmenter: median(segmented),
    ratio: median(ratios),
    lowestRatio: Math.min(...ratios),
    highestRatio: Math.max(...ratios),
    claims,
  };
}

function fixtureCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  for (const { language, file } of SOURCES) {
    const article = readFileSync(path.join(repoRoot, file), "utf8");
    const long = Array.from({ length: Math.ceil(100_000 / Buffer.byteLength(article)) }, () => article).join("\n\n");
    corpora.push({ label: `${language} article (${path.basename(file)})`, language, texts: [article] });
    corpora.push({ label: `${language} long article (×${Math.round(long.length / article.length)})`, language, texts: [long] });
  }
  return corpora;
}

/** Dev rows, one per line, cut into texts of about ARTICLE_BYTES; none when the evaluation data is absent. */
function evaluationCorpora(): Corpus[] {
  let dir: string;
  try {
    dir = locateEvalDir(repoRoot, args.includes("--data") ? args[args.indexOf("--data") + 1] : undefined);
  } catch {
    return [];
  }
  const corpora: Corpus[] = [];
  for (const [language, name] of [["ar", "ar tweets"], ["en", "en debate sentences"]] as const) {
    const texts: string[] = [];
    let lines: string[] = [];
    let bytes = 0;
    for (const { text } of loadRows(dir, language, "dev")) {
      if (text.trim() === "") continue;
      lines.push(text);
      bytes += Buffer.byteLength(text) + 1;
      if (bytes >= ARTICLE_BYTES) {
        texts.push(lines.join("\n"));
        lines = [];
        bytes = 0;
      }
    }
    corpora.push({ label: `${name} (dev, ${texts.length} texts)`, language, texts });
  }
  return corpora;
}

console.log(
  `Claim extraction throughput, one core (Node ${process.version}), median of ${ROUNDS} rounds of ${secondsPerRound}s per side\n`,
);
console.log(
  `${"corpus".padEnd(36)} ${"size".padStart(9)} ${"claims".padStart(7)} ${"extractor".padStart(11)} ${"segmenter".padStart(11)} ${"ratio".padStart(7)}  rounds`,
);
for (const corpus of [...fixtureCorpora(), ...evaluationCorpora()]) {
  const { extractor, segmenter, ratio, lowestRatio, highestRatio, claims } = measure(corpus);
  const bytes = corpus.texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const size = corpus.texts.length === 1 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / corpus.texts.length).toFixed(1)} KB ea`;
  console.log(
    `${corpus.label.padEnd(36)} ${size.padStart(9)} ${String(claims).padStart(7)} ${`${extractor.toFixed(2)} MB/s`.padStart(11)} ${`${segmenter.toFixed(2)} MB/s`.padStart(11)} ${`${ratio.toFixed(2)}×`.padStart(7)}  ${lowestRatio.toFixed(2)}–${highestRatio.toFixed(2)}×`,
  );
}
console.log("\nratio = extractor time ÷ Intl.Segmenter time for the same text, per round (aim ≤ 5×); aim ≥ 1 MB/s.");
