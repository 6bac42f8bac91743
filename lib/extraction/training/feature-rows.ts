import { ExtractionInputError } from "../errors";
import { scoreStatement } from "../extract-claims";
import { FEATURE_NAMES } from "../scoring/feature-names";
import type { LabelledRow } from "./eval-data";

/** Feature vectors of labelled rows, each row scored as one statement (the way the evaluation scores it). */
export function buildFeatureRows(rows: readonly LabelledRow[], language: "ar" | "en"): { vectors: Float64Array[]; labels: number[] } {
  const vectors: Float64Array[] = [];
  const labels: number[] = [];
  for (const row of rows) {
    const vector = new Float64Array(FEATURE_NAMES.length);
    try {
      const { features } = scoreStatement(row.text, language);
      FEATURE_NAMES.forEach((name, f) => {
        vector[f] = features[name]?.value ?? 0;
      });
    } catch (error) {
      // A row with no words (an empty tweet) has no features; it still counts, with the bias alone.
      if (!(error instanceof ExtractionInputError)) throw error;
    }
    vectors.push(vector);
    labels.push(row.positive ? 1 : 0);
  }
  return { vectors, labels };
}
