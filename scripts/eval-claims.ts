/**
 * Scores the claim extractor on the public evaluation data (../shared/eval, DEV splits only) and prints precision,
 * recall and F1 of the positive class and ROC-AUC, beside two baselines on the same rows.
 *
 *   npm run eval:claims [-- --data <dir>]        (or SANAD_EVAL_DIR=<dir>)
 *
 * Each row (a tweet, a debate sentence) is labelled as one unit, so it is scored as one statement with the same
 * features and model extractClaims uses. F1 is reported at each dataset's operating point chosen on TRAIN (the two
 * sets label different things: "contains a claim" vs "worth checking"), and also at the product threshold.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scoreStatement } from "../lib/extraction/extract-claims";
import { ExtractionInputError } from "../lib/extraction/errors";
import { TRAIN_F1_THRESHOLDS } from "../lib/extraction/scoring/fitted-weights";
import { CHECK_WORTHY_THRESHOLD } from "../lib/extraction/scoring/score-claim";
import { loadRows, locateEvalDir, type LabelledRow } from "../lib/extraction/training/eval-data";
import { measureClassification, type ClassificationMetrics } from "../lib/extraction/training/metrics";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATASETS = [
  { language: "ar", name: "Arabic  — CheckThat! 2022 1B claim detection, dev (tweets)" },
  { language: "en", name: "English — CheckThat! 2024 check-worthiness, dev (debate sentences)" },
] as const;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;

function scoreRow(row: LabelledRow, language: "ar" | "en"): number {
  try {
    return scoreStatement(row.text, language).score;
  } catch (error) {
    if (error instanceof ExtractionInputError) return 0; // an empty row is not a claim
    throw error;
  }
}

function format(label: string, metrics: ClassificationMetrics): string {
  const cell = (value: number) => (Number.isNaN(value) ? "  n/a" : value.toFixed(3));
  return `  ${label.padEnd(50)} ${cell(metrics.precision)}  ${cell(metrics.recall)}  ${cell(metrics.f1)}  ${cell(metrics.auc)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const dataFlag = args.includes("--data") ? args[args.indexOf("--data") + 1] : undefined;
  const dir = locateEvalDir(repoRoot, dataFlag);
  console.log(`Evaluation data: ${dir}\n`);
  for (const { language, name } of DATASETS) {
    const rows = loadRows(dir, language, "dev");
    const labels = rows.map((row) => row.positive);
    const started = performance.now();
    const scores = rows.map((row) => scoreRow(row, language));
    const elapsed = performance.now() - started;
    const everything = rows.map(() => 1);
    const hasDigit = rows.map((row) => (ANY_DIGIT.test(row.text) ? 1 : 0));
    const positives = labels.filter(Boolean).length;
    console.log(`${name}: ${rows.length} rows, ${positives} positive (${((100 * positives) / rows.length).toFixed(1)}%)`);
    console.log(`  ${"".padEnd(50)} ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}  ${"AUC".padStart(5)}`);
    const trainThreshold = TRAIN_F1_THRESHOLDS[language];
    console.log(format(`Sanad extractor (threshold ${trainThreshold}, set on train)`, measureClassification(scores, labels, trainThreshold)));
    console.log(format(`Sanad extractor (product threshold ${CHECK_WORTHY_THRESHOLD})`, measureClassification(scores, labels, CHECK_WORTHY_THRESHOLD)));
    console.log(format("baseline: everything is a claim", measureClassification(everything, labels, 1)));
    console.log(format("baseline: a row with a digit is a claim", measureClassification(hasDigit, labels, 1)));
    console.log(`  scored in ${elapsed.toFixed(0)} ms (${((1000 * rows.length) / elapsed).toFixed(0)} rows/s)\n`);
  }
}

try {
  main();
} catch (error) {
  console.error(`eval:claims failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
