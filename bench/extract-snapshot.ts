/**
 * Output fingerprint of the claim extractor, for performance work that must not change what it finds.
 *
 *   npx tsx bench/extract-snapshot.ts [--out snapshot.ndjson] [--data <eval dir>]
 *
 * Runs extractClaims over the seed article, the benchmark fixtures (article-sized and ~100 KB long, as
 * bench/extract.ts builds them) and every row of the dev and train evaluation files, each row once with the language
 * detected and once as each of ar/fr/en (so every lexicon and rule path sees foreign text too), plus scoreStatement
 * on every row (what `npm run eval:claims` scores). Prints a SHA-256 of the full JSON output per corpus and overall.
 * The whole run is done twice and must hash the same both times: caches that warm up must not change a result.
 * `--out` writes every result, one JSON line each, to diff two versions when the hashes differ.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims, type ClaimLanguage } from "../lib/extraction";
import { scoreStatement } from "../lib/extraction/extract-claims";
import { loadRows, locateEvalDir, type Split } from "../lib/extraction/training/eval-data";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const outFile = flag("--out");
const LANGUAGES: readonly ClaimLanguage[] = ["ar", "fr", "en"];

interface Corpus {
  name: string;
  texts: readonly string[];
  /** Language the texts are in, for scoreStatement; undefined = article fixtures (no statement scoring). */
  statementLanguage?: "ar" | "en";
}

function loadCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  for (const file of ["tests/fixtures/seed-article.ar.txt", "lib/extraction/fixtures/news.fr.txt", "lib/extraction/fixtures/news.en.txt"]) {
    const article = readFileSync(path.join(repoRoot, file), "utf8");
    // The same long article bench/extract.ts times.
    const long = Array.from({ length: Math.ceil(100_000 / Buffer.byteLength(article)) }, () => article).join("\n\n");
    corpora.push({ name: path.basename(file), texts: [article, long] });
  }
  const dir = locateEvalDir(repoRoot, flag("--data"));
  for (const language of ["ar", "en"] as const) {
    for (const split of ["dev", "train"] as Split[]) {
      const rows = loadRows(dir, language, split);
      corpora.push({ name: `${language} ${split} (${rows.length} rows)`, texts: rows.map((row) => row.text), statementLanguage: language });
    }
  }
  return corpora;
}

/** Every result for one text, as JSON lines; refusals are results too (their reason code). */
function resultsFor(text: string, statementLanguage: "ar" | "en" | undefined): string[] {
  const lines: string[] = [];
  const attempt = (label: string, run: () => unknown) => {
    let value: unknown;
    try {
      value = run();
    } catch (error) {
      value = { error: error instanceof Error ? `${error.name}: ${(error as { reason?: string }).reason ?? error.message}` : String(error) };
    }
    lines.push(JSON.stringify([label, value]));
  };
  attempt("auto", () => extractClaims(text));
  for (const language of LANGUAGES) attempt(language, () => extractClaims(text, { language }));
  if (statementLanguage) attempt("statement", () => scoreStatement(text, statementLanguage));
  return lines;
}

function run(corpora: readonly Corpus[], out?: string[]): { perCorpus: Map<string, string>; overall: string } {
  const overall = createHash("sha256");
  const perCorpus = new Map<string, string>();
  for (const corpus of corpora) {
    const hash = createHash("sha256");
    for (const text of corpus.texts) {
      for (const line of resultsFor(text, corpus.statementLanguage)) {
        hash.update(line + "\n");
        overall.update(line + "\n");
        out?.push(line);
      }
    }
    perCorpus.set(corpus.name, hash.digest("hex"));
  }
  return { perCorpus, overall: overall.digest("hex") };
}

const corpora = loadCorpora();
const lines: string[] = [];
const started = performance.now();
const first = run(corpora, outFile ? lines : undefined);
const second = run(corpora);
for (const [name, hash] of first.perCorpus) console.log(`${hash.slice(0, 16)}  ${name}`);
console.log(`\noverall sha256: ${first.overall}`);
console.log(`(two runs, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (outFile) writeFileSync(outFile, lines.join("\n") + "\n");
if (second.overall !== first.overall) {
  console.error(`second run differs: ${second.overall} — a cache changes results`);
  process.exit(1);
}
