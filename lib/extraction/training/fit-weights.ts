/**
 * Fits the check-worthiness weights on the TRAIN splits and writes them to scoring/fitted-weights.ts.
 *
 *   npx tsx lib/extraction/training/fit-weights.ts [--data <eval dir>] [--dry-run]
 *
 * Only train rows are read; dev belongs to scripts/eval-claims.ts alone. The script prints 5-fold cross-validated
 * AUC and F1 on train, which is what feature work was judged on.
 *
 * One weight vector is fitted on Arabic and English train together (each set with its own bias, both sets weighted
 * equally). The product bias is the English one, shifted so the F1-best threshold on English train — "worth
 * checking", the notion closest to a newsroom's — lands on CHECK_WORTHY_THRESHOLD. The Arabic set labels the looser
 * "contains a claim"; its own operating point (F1-best on Arabic train) is stored for the evaluation to use.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FEATURES, FEATURE_NAMES, type ScoringModel } from "../scoring/feature-names";
import { PRIOR_MODEL } from "../scoring/prior-weights";
import { buildFeatureRows } from "./feature-rows";
import { chooseF1Threshold, measureClassification } from "./metrics";
import { fitLogisticRegression, predict, type FitOptions, type TrainingSet } from "./logistic-regression";
import { loadRows, locateEvalDir } from "./eval-data";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..", "..");
const args = process.argv.slice(2);
const dataFlag = args.includes("--data") ? args[args.indexOf("--data") + 1] : undefined;
const dryRun = args.includes("--dry-run");

const LANGUAGES = ["ar", "en"] as const;
const FOLDS = 5;
const OPTIONS: FitOptions = {
  prior: FEATURE_NAMES.map((name) => PRIOR_MODEL.weights[name]),
  priorBias: PRIOR_MODEL.bias,
  groupCount: LANGUAGES.length,
  signs: FEATURE_NAMES.map((name) => {
    const direction: string = FEATURES[name].direction;
    return direction === "raise" ? 1 : direction === "lower" ? -1 : 0;
  }),
  penalty: 0.002,
  iterations: 400,
  learningRate: 0.5,
};

const logit = (p: number) => Math.log(p / (1 - p));
const round = (value: number) => Math.round(value * 1000) / 1000;

function subset(data: TrainingSet, keep: (i: number) => boolean): TrainingSet {
  const index = data.rows.map((_, i) => i).filter(keep);
  return {
    rows: index.map((i) => data.rows[i]!),
    labels: index.map((i) => data.labels[i]!),
    groups: index.map((i) => data.groups[i]!),
    sampleWeights: index.map((i) => data.sampleWeights[i]!),
  };
}

const dir = locateEvalDir(repoRoot, dataFlag);
const sets = LANGUAGES.map((language) => buildFeatureRows(loadRows(dir, language, "train"), language));
const total = sets.reduce((sum, set) => sum + set.vectors.length, 0);
const data: TrainingSet = { rows: [], labels: [], groups: [], sampleWeights: [] };
const position: number[] = []; // index of a row inside its own set, for fold assignment
sets.forEach((set, group) => {
  const weight = total / (LANGUAGES.length * set.vectors.length);
  set.vectors.forEach((vector, i) => {
    (data.rows as Float64Array[]).push(vector);
    (data.labels as number[]).push(set.labels[i]!);
    (data.groups as number[]).push(group);
    (data.sampleWeights as number[]).push(weight);
    position.push(i);
  });
});

// Cross-validation on train only: folds by position inside each set, deterministic.
const cvScores = new Array<number>(data.rows.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const fitted = fitLogisticRegression(subset(data, (i) => position[i]! % FOLDS !== fold), OPTIONS);
  data.rows.forEach((row, i) => {
    if (position[i]! % FOLDS === fold) cvScores[i] = predict(fitted, data.groups[i]!, row);
  });
}
LANGUAGES.forEach((language, group) => {
  const rows = data.rows.map((_, i) => i).filter((i) => data.groups[i] === group);
  const scores = rows.map((i) => cvScores[i]!);
  const labels = rows.map((i) => data.labels[i] === 1);
  const best = chooseF1Threshold(scores, labels);
  const cv = measureClassification(scores, labels, best.threshold);
  console.log(`${language}: ${rows.length} train rows, 5-fold CV  AUC ${cv.auc.toFixed(3)}  F1 ${cv.f1.toFixed(3)} (P ${cv.precision.toFixed(3)} R ${cv.recall.toFixed(3)})`);
});

const fitted = fitLogisticRegression(data, OPTIONS);
const englishGroup = LANGUAGES.indexOf("en");
const productBiasFor = () => {
  const rows = data.rows.map((_, i) => i).filter((i) => data.groups[i] === englishGroup);
  const best = chooseF1Threshold(rows.map((i) => predict(fitted, englishGroup, data.rows[i]!)), rows.map((i) => data.labels[i] === 1));
  return fitted.biases[englishGroup]! - logit(best.threshold);
};
const model: ScoringModel = {
  bias: round(productBiasFor()),
  weights: Object.fromEntries(FEATURE_NAMES.map((name, f) => [name, round(fitted.weights[f]!)])) as ScoringModel["weights"],
};
// Each set's F1-best threshold under the PRODUCT score (what the evaluation will apply to dev).
const productScore = (row: Float64Array) => {
  let z = model.bias;
  FEATURE_NAMES.forEach((name, f) => (z += row[f]! * model.weights[name]));
  return 1 / (1 + Math.exp(-z));
};
const thresholds = Object.fromEntries(
  LANGUAGES.map((language, group) => {
    const rows = data.rows.map((_, i) => i).filter((i) => data.groups[i] === group);
    const best = chooseF1Threshold(rows.map((i) => productScore(data.rows[i]!)), rows.map((i) => data.labels[i] === 1));
    return [language, round(best.threshold)];
  }),
) as Record<(typeof LANGUAGES)[number], number>;

console.log("weights:", FEATURE_NAMES.map((name) => `${name} ${model.weights[name]}`).join(", "));
console.log(`product bias ${model.bias}; train F1-best thresholds under the product score:`, thresholds);

if (!dryRun) {
  const target = path.join(here, "..", "scoring", "fitted-weights.ts");
  writeFileSync(target, render(model, thresholds));
  console.log(`wrote ${path.relative(repoRoot, target)}`);
}

function render(fittedModel: ScoringModel, trainThresholds: Record<string, number>): string {
  return `// Generated by lib/extraction/training/fit-weights.ts from the TRAIN splits of ../shared/eval — do not edit by hand.
// Arabic: CheckThat! 2022 1B claim detection (tweets). English: CheckThat! 2024 check-worthiness (debate sentences).
import type { ScoringModel } from "./feature-names";

/** Shared by Arabic, French and English; the bias puts the English train F1-best threshold at 0.5. */
export const FITTED_MODEL: ScoringModel = {
  bias: ${fittedModel.bias},
  weights: {
${FEATURE_NAMES.map((name) => `    ${name}: ${fittedModel.weights[name]},`).join("\n")}
  },
};

/** Per-dataset operating points chosen on TRAIN (F1-best under the score above); used by scripts/eval-claims.ts. */
export const TRAIN_F1_THRESHOLDS = { ${Object.entries(trainThresholds).map(([language, threshold]) => `${language}: ${threshold}`).join(", ")} } as const;
`;
}
