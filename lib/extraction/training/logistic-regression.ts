/**
 * A small logistic regression, fitted by projected gradient descent, for the check-worthiness weights.
 *
 * Choices that keep the fitted model editorial rather than merely statistical:
 *  - the penalty pulls each weight towards its hand-set prior (not towards zero), so features the training data
 *    barely contains keep the weight an editor gave them;
 *  - sign constraints: after every step a "raise" weight below zero (or a "lower" weight above zero) is clipped to
 *    zero, so the data can weaken a rule but never turn "hedging lowers the score" upside down;
 *  - one set of feature weights is shared by all training sets, each set gets its own bias: Arabic tweets labelled
 *    "contains a claim" (69% positive) and English debate sentences labelled "worth checking" (24%) differ in how
 *    many rows are positive, not in what makes a sentence checkable.
 */
export interface TrainingSet {
  /** Feature values per row. */
  rows: readonly Float64Array[];
  /** 1 for check-worthy. */
  labels: readonly number[];
  /** Which bias (training set) each row uses. */
  groups: readonly number[];
  /** Per-row weight in the loss, so a small set is not drowned by a large one. */
  sampleWeights: readonly number[];
}

export interface FitOptions {
  /** Prior weight per feature (the centre of the penalty). */
  prior: readonly number[];
  priorBias: number;
  groupCount: number;
  /** -1: weight must be <= 0, +1: >= 0, 0: free. */
  signs: readonly (-1 | 0 | 1)[];
  /** Strength of the pull towards the prior. */
  penalty: number;
  iterations: number;
  learningRate: number;
}

export interface FittedWeights {
  biases: number[];
  weights: number[];
}

export function fitLogisticRegression(data: TrainingSet, options: FitOptions): FittedWeights {
  const featureCount = options.prior.length;
  const { rows, labels, groups, sampleWeights } = data;
  const totalWeight = sampleWeights.reduce((sum, weight) => sum + weight, 0);
  const weights = Float64Array.from(options.prior);
  const biases = new Float64Array(options.groupCount).fill(options.priorBias);
  // Nesterov momentum: plain gradient descent needs thousands of passes on correlated binary features.
  const momentum = 0.9;
  const velocity = new Float64Array(featureCount);
  const biasVelocity = new Float64Array(options.groupCount);
  const gradient = new Float64Array(featureCount);
  const biasGradient = new Float64Array(options.groupCount);
  const lookahead = new Float64Array(featureCount);
  const lookaheadBias = new Float64Array(options.groupCount);

  for (let iteration = 0; iteration < options.iterations; iteration++) {
    for (let f = 0; f < featureCount; f++) lookahead[f] = weights[f]! + momentum * velocity[f]!;
    for (let g = 0; g < options.groupCount; g++) lookaheadBias[g] = biases[g]! + momentum * biasVelocity[g]!;
    gradient.fill(0);
    biasGradient.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let z = lookaheadBias[groups[i]!]!;
      for (let f = 0; f < featureCount; f++) z += row[f]! * lookahead[f]!;
      const error = (1 / (1 + Math.exp(-z)) - labels[i]!) * sampleWeights[i]!;
      biasGradient[groups[i]!]! += error;
      for (let f = 0; f < featureCount; f++) if (row[f] !== 0) gradient[f]! += error * row[f]!;
    }
    for (let f = 0; f < featureCount; f++) {
      const g = gradient[f]! / totalWeight + options.penalty * (lookahead[f]! - options.prior[f]!);
      velocity[f] = momentum * velocity[f]! - options.learningRate * g;
      weights[f] = project(weights[f]! + velocity[f]!, options.signs[f]!);
    }
    for (let g = 0; g < options.groupCount; g++) {
      biasVelocity[g] = momentum * biasVelocity[g]! - options.learningRate * (biasGradient[g]! / totalWeight);
      biases[g]! += biasVelocity[g]!;
    }
  }
  return { biases: Array.from(biases), weights: Array.from(weights) };
}

function project(weight: number, sign: -1 | 0 | 1): number {
  if (sign > 0) return Math.max(0, weight);
  if (sign < 0) return Math.min(0, weight);
  return weight;
}

export function predict(fitted: FittedWeights, group: number, row: Float64Array): number {
  let z = fitted.biases[group]!;
  for (let f = 0; f < row.length; f++) z += row[f]! * fitted.weights[f]!;
  return 1 / (1 + Math.exp(-z));
}
