import type { ScoreReason } from "../types";
import { FEATURE_NAMES, type FeatureName, type FeatureVector, type ScoringModel } from "./feature-names";
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
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function scoreFeatures(features: FeatureVector, model: ScoringModel): { score: number; reasons: ScoreReason[] } {
  // Summed in the fixed FEATURE_NAMES order, so floating-point rounding (and the score) never depends on the order
  // in which features were found.
  let z = model.bias;
  for (const name of FEATURE_NAMES) {
    const feature = features[name];
    if (feature !== undefined) z += feature.value * model.weights[name];
  }
  const score = sigmoid(z);
  const reasons: ScoreReason[] = [];
  for (const name of FEATURE_NAMES) {
    const feature = features[name];
    if (feature === undefined) continue;
    const contribution = feature.value * model.weights[name];
    if (contribution === 0) continue;
    const weight = round(score - sigmoid(z - contribution), 3);
    if (weight === 0) continue;
    const reason: ScoreReason = { code: REASON_CODE[name], weight };
    if (feature.evidence !== undefined) reason.evidence = feature.evidence;
    reasons.push(reason);
  }
  // Strongest first; ties by code (plain comparison: locale-independent and fast).
  reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { score: round(score, 4), reasons };
}
