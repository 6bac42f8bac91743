import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractionInputError, extractClaims } from "./index";
import { loadRows } from "./training/eval-data";

/**
 * Robustness on real, messy text: every tweet and debate sentence of the evaluation data (train and dev) goes through
 * extractClaims without a crash, and every span holds. Skipped when ../shared/eval is not there.
 */
const evalDir = process.env.SANAD_EVAL_DIR ?? path.join(__dirname, "..", "..", "..", "shared", "eval");

describe.skipIf(!existsSync(evalDir))("real-world rows (../shared/eval)", () => {
  for (const language of ["ar", "en"] as const) {
    it(`extracts from every ${language} row without a crash`, () => {
      const rows = [...loadRows(evalDir, language, "train"), ...loadRows(evalDir, language, "dev")];
      let claims = 0;
      for (const { text } of rows) {
        try {
          for (const claim of extractClaims(text).claims) {
            expect(text.slice(claim.start, claim.end)).toBe(claim.text);
            claims++;
          }
        } catch (error) {
          if (!(error instanceof ExtractionInputError)) throw error;
        }
      }
      expect(claims).toBeGreaterThan(rows.length / 2);
    });
  }
});
