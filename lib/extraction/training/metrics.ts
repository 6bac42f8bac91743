/**
 * Metrics of the positive class (a claim worth checking) and ROC-AUC of a score. AUC uses average ranks, so a
 * baseline that gives many rows the same score (has a digit: 1 or 0) is measured fairly.
 */
export interface ClassificationMetrics {
  precision: number;
  recall: number;
  f1: number;
  auc: number;
}

export function measureClassification(scores: readonly number[], labels: readonly boolean[], threshold: number): ClassificationMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i]! >= threshold;
    if (predicted && labels[i]) truePositives++;
    else if (predicted) falsePositives++;
    else if (labels[i]) falseNegatives++;
  }
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, auc: computeRocAuc(scores, labels) };
}

/** Mann–Whitney form of ROC-AUC: the chance a random positive outscores a random negative (ties count half). */
export function computeRocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score);
  const ranks = new Array<number>(scores.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.score === order[i]!.score) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = averageRank;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (!labels[i]) continue;
    positives++;
    rankSum += ranks[i]!;
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The threshold that maximises F1 on the given rows (used on TRAIN only, to place the product threshold). */
export function chooseF1Threshold(scores: readonly number[], labels: readonly boolean[]): { threshold: number; f1: number } {
  const order = scores.map((score, index) => ({ score, positive: labels[index]! })).sort((a, b) => b.score - a.score);
  const totalPositives = order.filter((row) => row.positive).length;
  let best = { threshold: 0.5, f1: -1 };
  let truePositives = 0;
  let predicted = 0;
  // Sweep from the highest score down: predicting "positive" for every row scored >= the current score.
  for (let i = 0; i < order.length; i++) {
    predicted++;
    if (order[i]!.positive) truePositives++;
    if (i + 1 < order.length && order[i + 1]!.score === order[i]!.score) continue;
    const f1 = (2 * truePositives) / (predicted + totalPositives);
    if (f1 > best.f1) best = { threshold: order[i]!.score, f1 };
  }
  return best;
}
