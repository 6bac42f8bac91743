import type { ScoringModel } from "./feature-names";

/**
 * Hand-set editorial weights (log-odds), written before looking at any data. They are the starting point and the
 * anchor of the fitted model (fit-weights.ts pulls the fitted weights towards them), so a feature the training data
 * barely shows — hedging in tweets, say — keeps the weight an editor would give it.
 */
export const PRIOR_MODEL: ScoringModel = {
  bias: -0.8,
  weights: {
    number: 1.0,
    percent: 1.2,
    date: 0.7,
    person: 0.6,
    organization: 0.6,
    place: 0.4,
    title: 0.4,
    attribution: 0.7,
    quote: 0.5,
    eventVerb: 0.5,
    comparison: 0.4,
    causal: 0.4,
    measurable: 0.5,
    officialAct: 0.4,
    pastTense: 0.3,
    severalNumbers: 0.3,
    hedge: -0.9,
    opinion: -0.9,
    subjective: -1.0,
    firstPerson: -0.5,
    secondPerson: -0.6,
    obligation: -0.8,
    vague: -0.4,
    informal: -0.8,
    prediction: -0.5,
    question: -1.2,
    exclamation: -0.4,
    short: -0.6,
    long: 0,
    length: 0,
    hashtag: 0,
    link: 0,
    mention: 0,
    emoji: 0,
  },
};
