import type { ClaimType } from "../types";
import type { FeatureVector } from "./feature-names";

/**
 * The claim's type, for the queue's filters. First match wins, from the most specific to the most general:
 * a forecast is flagged before anything else because it cannot be checked yet; a statistic (percentage, or a number
 * in a comparison) before a plain count or date; a causal or sourced statement before a bare event.
 */
export function classifyClaim(features: FeatureVector): ClaimType {
  if (features.prediction) return "PREDICTION";
  if (features.percent || (features.number && features.comparison)) return "NUMERIC";
  if (features.causal) return "CAUSAL";
  if (features.quote || features.attribution) return "ATTRIBUTION";
  if (features.number) return "QUANTITY_DATE";
  if (features.title && features.person && !features.eventVerb) return "POSITION";
  if (features.eventVerb) return "EVENT";
  if (features.date) return "QUANTITY_DATE";
  if (features.person || features.organization || features.place) return "EVENT";
  return "OTHER";
}
