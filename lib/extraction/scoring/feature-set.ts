import { FEATURE_NAMES, type FeatureName, type FeatureValue, type FeatureVector } from "./feature-names";

/**
 * Position of each feature in FEATURE_NAMES, the order scores are summed in. Code asks for features by position
 * (`features.has(F.person)`): a named property of this one object is a cheap load, a lookup by a name that varies is not.
 */
export const F = Object.freeze(Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index]))) as Readonly<Record<FeatureName, number>>;

/**
 * A claim's features while they are computed, scored and typed: one slot per feature, plus the order they were
 * found in. A FeatureVector object takes its shape from which features a claim has and in which order they were
 * found — hundreds of hidden classes on varied text, which turns every property access megamorphic — while a
 * FeatureSet always has the same shape. toVector() gives the FeatureVector, keys in the order found.
 */
export class FeatureSet {
  // Left holey: an absent feature reads as undefined, and no per-claim fill is needed.
  private readonly values: (FeatureValue | undefined)[] = new Array<FeatureValue | undefined>(FEATURE_NAMES.length);
  private readonly found: number[] = [];

  static fromVector(features: FeatureVector): FeatureSet {
    const set = new FeatureSet();
    FEATURE_NAMES.forEach((name, index) => {
      const feature = features[name];
      if (feature !== undefined) set.put(index, feature);
    });
    return set;
  }

  has(index: number): boolean {
    return this.values[index] !== undefined;
  }

  /** The feature at `index` in FEATURE_NAMES, if present. */
  at(index: number): FeatureValue | undefined {
    return this.values[index];
  }

  /** Sets a binary feature once: the first evidence found is the one shown. */
  add(index: number, evidence?: string): void {
    if (this.values[index] !== undefined) return;
    this.values[index] = evidence === undefined ? { value: 1 } : { value: 1, evidence };
    this.found.push(index);
  }

  /** Sets a feature's value, replacing any there (the graded length). */
  put(index: number, feature: FeatureValue): void {
    if (this.values[index] === undefined) this.found.push(index);
    this.values[index] = feature;
  }

  toVector(): FeatureVector {
    const features: FeatureVector = {};
    for (const index of this.found) features[FEATURE_NAMES[index]!] = this.values[index];
    return features;
  }
}
