/**
 * The features of the check-worthiness model. Each one is something an editor would name when explaining why a
 * sentence is (or is not) worth checking, and each active feature becomes one reason next to the score.
 *
 * `direction` is editorial policy, enforced when the weights are fitted: a number may only raise the score, a hedge
 * may only lower it. Register features (links, hashtags…) describe the medium rather than the claim; their sign is
 * left to the data.
 */
export const FEATURES = {
  number: { direction: "raise" },
  percent: { direction: "raise" },
  date: { direction: "raise" },
  person: { direction: "raise" },
  organization: { direction: "raise" },
  place: { direction: "raise" },
  title: { direction: "raise" },
  attribution: { direction: "raise" },
  quote: { direction: "raise" },
  eventVerb: { direction: "raise" },
  comparison: { direction: "raise" },
  causal: { direction: "raise" },
  measurable: { direction: "raise" },
  officialAct: { direction: "raise" },
  pastTense: { direction: "raise" },
  severalNumbers: { direction: "raise" },
  hedge: { direction: "lower" },
  opinion: { direction: "lower" },
  subjective: { direction: "lower" },
  firstPerson: { direction: "lower" },
  secondPerson: { direction: "lower" },
  obligation: { direction: "lower" },
  vague: { direction: "lower" },
  informal: { direction: "lower" },
  prediction: { direction: "lower" },
  question: { direction: "lower" },
  exclamation: { direction: "lower" },
  short: { direction: "lower" },
  long: { direction: "either" },
  length: { direction: "either" },
  hashtag: { direction: "either" },
  link: { direction: "either" },
  mention: { direction: "either" },
  emoji: { direction: "either" },
} as const satisfies Record<string, { direction: "raise" | "lower" | "either" }>;

export type FeatureName = keyof typeof FEATURES;

export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];

/** A feature's value for one claim (0 = absent) and the words that triggered it, shown to editors as evidence. */
export interface FeatureValue {
  value: number;
  evidence?: string;
}

export type FeatureVector = Partial<Record<FeatureName, FeatureValue>>;

/** A fitted model: bias plus one weight per feature, in log-odds. */
export interface ScoringModel {
  bias: number;
  weights: Record<FeatureName, number>;
}
