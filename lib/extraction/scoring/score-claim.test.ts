import { describe, expect, it } from "vitest";
import { extractClaims } from "../index";
import { FEATURES, FEATURE_NAMES } from "./feature-names";
import { FITTED_MODEL } from "./fitted-weights";
import { CHECK_WORTHY_THRESHOLD, scoreFeatures } from "./score-claim";

describe("check-worthiness scoring", () => {
  it("keeps every fitted weight on the side editorial policy allows", () => {
    for (const name of FEATURE_NAMES) {
      const direction: string = FEATURES[name].direction;
      if (direction === "raise") expect(FITTED_MODEL.weights[name]).toBeGreaterThanOrEqual(0);
      if (direction === "lower") expect(FITTED_MODEL.weights[name]).toBeLessThanOrEqual(0);
    }
  });

  it("reports each reason's weight as how much it moved the score", () => {
    const { score, reasons } = scoreFeatures({ number: { value: 1, evidence: "12" }, hedge: { value: 1, evidence: "يبدو أن" } }, FITTED_MODEL);
    const withoutHedge = scoreFeatures({ number: { value: 1, evidence: "12" } }, FITTED_MODEL).score;
    const hedge = reasons.find((reason) => reason.code === "hedged")!;
    expect(hedge.weight).toBeLessThan(0);
    expect(hedge.weight).toBeCloseTo(score - withoutHedge, 2);
    expect(reasons.find((reason) => reason.code === "number")).toMatchObject({ evidence: "12" });
  });

  it("ranks a sourced figure above an opinion, and an opinion below the threshold", () => {
    const [figure] = extractClaims("According to the ministry, unemployment fell to 7.1% in March 2024.", { language: "en" }).claims;
    const [opinion] = extractClaims("I think this is a wonderful and important step for all of us.", { language: "en" }).claims;
    expect(figure!.score).toBeGreaterThan(opinion!.score);
    expect(figure!.checkWorthy).toBe(true);
    expect(opinion!.score).toBeLessThan(CHECK_WORTHY_THRESHOLD);
    expect(figure!.type).toBe("NUMERIC");
  });

  it("scores a rhetorical question and a hedge lower than the same statement asserted", () => {
    const asserted = extractClaims("The government cut the health budget by 12% in 2023.", { language: "en" }).claims[0]!.score;
    const question = extractClaims("Did the government cut the health budget by 12% in 2023?", { language: "en" }).claims[0]!.score;
    const hedged = extractClaims("The government may have cut the health budget by 12% in 2023.", { language: "en" }).claims[0]!.score;
    expect(question).toBeLessThan(asserted);
    expect(hedged).toBeLessThan(asserted);
  });

  it("flags predictions but keeps them in the results", () => {
    const { claims } = extractClaims("سيلتقي وزير الداخلية نظيره المغربي الأسبوع المقبل في الرباط.", { language: "ar" });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.type).toBe("PREDICTION");
    expect(claims[0]!.reasons.map((reason) => reason.code)).toContain("prediction");
  });
});
