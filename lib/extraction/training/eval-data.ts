import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ClaimLanguage } from "../types";

/**
 * The public claim-detection data in ../shared/eval (see its README): Arabic CheckThat! 2022 1B tweets and English
 * CheckThat! 2024 debate sentences. Used ONLY by the fitting script (train) and the evaluation script (dev); it is
 * research data and never ships inside the product.
 */
export interface LabelledRow {
  text: string;
  positive: boolean;
}

export type Split = "train" | "dev";

const FILES: Record<"ar" | "en", Record<Split, string>> = {
  ar: {
    train: "ar-claim-ct22/CT22_arabic_1B_claim_train.tsv",
    dev: "ar-claim-ct22/CT22_arabic_1B_claim_dev.tsv",
  },
  en: {
    train: "en-checkworthy-ct24/CT24_checkworthy_english_train.tsv",
    dev: "en-checkworthy-ct24/CT24_checkworthy_english_dev.tsv",
  },
};

export const EVAL_DIR_ENV = "SANAD_EVAL_DIR";

/** `--data <dir>` wins, then $SANAD_EVAL_DIR, then ../shared/eval next to the repository. */
export function locateEvalDir(repoRoot: string, flag?: string): string {
  const dir = path.resolve(flag ?? process.env[EVAL_DIR_ENV] ?? path.join(repoRoot, "..", "shared", "eval"));
  if (!existsSync(dir)) {
    throw new Error(
      `Evaluation data not found at ${dir}. Put the CheckThat! files there (see ../shared/eval/README.md), ` +
        `or point ${EVAL_DIR_ENV} or --data at the folder that holds ar-claim-ct22/ and en-checkworthy-ct24/.`,
    );
  }
  return dir;
}

export function loadRows(dir: string, language: "ar" | "en", split: Split): LabelledRow[] {
  const file = path.join(dir, FILES[language][split]);
  if (!existsSync(file)) throw new Error(`Evaluation file missing: ${file}`);
  return parseTsv(readFileSync(file, "utf8"), language);
}

/** Tab-separated with a header; English text fields may be CSV-quoted ("" for a quote) and dev uses CRLF. */
export function parseTsv(content: string, language: ClaimLanguage): LabelledRow[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines[0]?.split("\t") ?? [];
  const textColumn = header.indexOf(language === "ar" ? "tweet_text" : "Text");
  const labelColumn = header.indexOf("class_label");
  if (textColumn < 0 || labelColumn < 0) throw new Error(`Unexpected header: ${header.join(", ")}`);
  return lines.slice(1).map((line) => {
    const fields = line.split("\t");
    const label = (fields[labelColumn] ?? "").trim();
    return { text: unquote(fields[textColumn] ?? ""), positive: label === "1" || label === "Yes" };
  });
}

function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}
