import type { ScoreReason } from "../types";
import { FEATURE_NAMES, type FeatureName, type FeatureVector, type ScoringModel } from "./feature-names";
import { FeatureSet } from "./feature-set";
import { FITTED_MODEL } from "./fitted-weights";

/**
 * Check-worthiness: a logistic model over the claim's features. The score is the model's probability; every active
 * feature becomes a reason whose weight is how much it moved the score (score with it minus score without it),
 * which is what an editor means by "this raised it by 0.15".
 */
export const CHECK_WORTHY_THRESHOLD = 0.5;

/** Reason codes as stored with the claim; describe-reason.ts turns them into words. */
export const REASON_CODE: Record<FeatureName, string> = {
  number: "number",
  percent: "percentage",
  date: "date",
  person: "person",
  organization: "organization",
  place: "place",
  title: "title",
  attribution: "attributed",
  quote: "quote",
  eventVerb: "event",
  comparison: "comparison",
  causal: "causal",
  measurable: "measurable",
  officialAct: "official_act",
  pastTense: "past_tense",
  severalNumbers: "several_numbers",
  hedge: "hedged",
  opinion: "opinion",
  subjective: "belief",
  firstPerson: "first_person",
  secondPerson: "addresses_reader",
  obligation: "prescriptive",
  vague: "vague",
  informal: "informal",
  prediction: "prediction",
  question: "question",
  exclamation: "exclamation",
  short: "too_short",
  long: "long",
  length: "length",
  hashtag: "hashtag",
  link: "link",
  mention: "reply",
  emoji: "emoji",
};

/**
 * One model for every language: the features are language-neutral (the lexicons are not), and French, which has no
 * training data of its own, is scored like the others.
 */
export const CHECK_WORTHINESS_MODEL: ScoringModel = FITTED_MODEL;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
// Math.round(value * 10 ** digits) / 10 ** digits, with the powers of ten written out (they are exact).
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round4 = (value: number) => Math.round(value * 10000) / 10000;

/** Strongest first; ties by code (plain comparison: locale-independent and fast). */
function compareReasons(a: ScoreReason, b: ScoreReason): number {
  return Math.abs(b.weight) - Math.abs(a.weight) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Insertion sort: stable like Array.prototype.sort, and faster on the handful of reasons a claim has. */
function sortReasons(reasons: ScoreReason[]): void {
  for (let i = 1; i < reasons.length; i++) {
    const reason = reasons[i]!;
    let j = i;
    while (j > 0 && compareReasons(reasons[j - 1]!, reason) > 0) {
      reasons[j] = reasons[j - 1]!;
      j--;
    }
    reasons[j] = reason;
  }
}

/** Scores a FeatureVector (see scoreFeatureSet). */
export function scoreFeatures(features: FeatureVector, model: ScoringModel): { score: number; reasons: ScoreReason[] } {
  return scoreFeatureSet(FeatureSet.fromVector(features), model);
}

export function scoreFeatureSet(features: FeatureSet, model: ScoringModel): { score: number; reasons: ScoreReason[] } {
  // Summed in the fixed FEATURE_NAMES order, so floating-point rounding (and the score) never depends on the order
  // in which features were found.
  let z = model.bias;
  for (let index = 0; index < FEATURE_NAMES.length; index++) {
    const feature = features.at(index);
    if (feature !== undefined) z += feature.value * model.weights[FEATURE_NAMES[index]!];
  }
  const score = sigmoid(z);
  const reasons: ScoreReason[] = [];
  for (let index = 0; index < FEATURE_NAMES.length; index++) {
    const feature = features.at(index);
    if (feature === undefined) continue;
    const name = FEATURE_NAMES[index]!;
    const contribution = feature.value * model.weights[name];
    if (contribution === 0) continue;
    const weight = round3(score - sigmoid(z - contribution));
    if (weight === 0) continue;
    const reason: ScoreReason = { code: REASON_CODE[name], weight };
    if (feature.evidence !== undefined) reason.evidence = feature.evidence;
    reasons.push(reason);
  }
  sortReasons(reasons);
  return { score: round4(score), reasons };
}
