import { describe, expect, it } from "vitest";
import { chooseF1Threshold, measureClassification, computeRocAuc } from "./metrics";
import { parseTsv } from "./eval-data";

describe("evaluation metrics", () => {
  it("computes ROC-AUC with ties counted half", () => {
    expect(computeRocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(computeRocAuc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    expect(computeRocAuc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
    expect(computeRocAuc([1, 0, 1, 0], [true, true, false, false])).toBe(0.5);
  });

  it("computes precision, recall and F1 of the positive class", () => {
    const metrics = measureClassification([0.9, 0.6, 0.4, 0.1], [true, false, true, false], 0.5);
    expect(metrics.precision).toBe(0.5);
    expect(metrics.recall).toBe(0.5);
    expect(metrics.f1).toBe(0.5);
  });

  it("finds the F1-best threshold", () => {
    expect(chooseF1Threshold([0.9, 0.7, 0.3, 0.1], [true, true, false, false]).threshold).toBe(0.7);
  });

  it("parses the TSV files, including CSV-style quotes and CRLF", () => {
    const rows = parseTsv('Sentence_id\tText\tclass_label\r\n1\t"He said ""no."""\tNo\r\n2\tTaxes rose 5%.\tYes\r\n', "en");
    expect(rows).toEqual([
      { text: 'He said "no."', positive: false },
      { text: "Taxes rose 5%.", positive: true },
    ]);
  });
});
