import type { ClaimType } from "../types";
import type { FeatureVector } from "./feature-names";
import { FeatureSet } from "./feature-set";

/**
 * The claim's type, for the queue's filters. First match wins, from the most specific to the most general:
 * a forecast is flagged before anything else because it cannot be checked yet; a statistic (percentage, or a number
 * in a comparison) before a plain count or date; a causal or sourced statement before a bare event.
 */
export function classifyClaim(features: FeatureVector | FeatureSet): ClaimType {
  const set = features instanceof FeatureSet ? features : FeatureSet.fromVector(features);
  if (set.has("prediction")) return "PREDICTION";
  if (set.has("percent") || (set.has("number") && set.has("comparison"))) return "NUMERIC";
  if (set.has("causal")) return "CAUSAL";
  if (set.has("quote") || set.has("attribution")) return "ATTRIBUTION";
  if (set.has("number")) return "QUANTITY_DATE";
  if (set.has("title") && set.has("person") && !set.has("eventVerb")) return "POSITION";
  if (set.has("eventVerb")) return "EVENT";
  if (set.has("date")) return "QUANTITY_DATE";
  if (set.has("person") || set.has("organization") || set.has("place")) return "EVENT";
  return "OTHER";
}
