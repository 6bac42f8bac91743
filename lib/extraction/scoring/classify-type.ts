import type { ClaimType } from "../types";
import type { FeatureVector } from "./feature-names";
import { F, FeatureSet } from "./feature-set";

/**
 * The claim's type, for the queue's filters. First match wins, from the most specific to the most general:
 * a forecast is flagged before anything else because it cannot be checked yet; a statistic (percentage, or a number
 * in a comparison) before a plain count or date; a causal or sourced statement before a bare event.
 */
export function classifyClaim(features: FeatureVector | FeatureSet): ClaimType {
  const set = features instanceof FeatureSet ? features : FeatureSet.fromVector(features);
  if (set.has(F.prediction)) return "PREDICTION";
  if (set.has(F.percent) || (set.has(F.number) && set.has(F.comparison))) return "NUMERIC";
  if (set.has(F.causal)) return "CAUSAL";
  if (set.has(F.quote) || set.has(F.attribution)) return "ATTRIBUTION";
  if (set.has(F.number)) return "QUANTITY_DATE";
  if (set.has(F.title) && set.has(F.person) && !set.has(F.eventVerb)) return "POSITION";
  if (set.has(F.eventVerb)) return "EVENT";
  if (set.has(F.date)) return "QUANTITY_DATE";
  if (set.has(F.person) || set.has(F.organization) || set.has(F.place)) return "EVENT";
  return "OTHER";
}
