/**
 * Claim extraction from the command line.
 *
 *   npm run extract -- <file|dir|-> [more files…] [--lang ar|fr|en] [--format json|table] [--check-worthy] [--locale ar|en]
 *
 * `-` reads standard input; a directory means every file in it (sorted). `--format json` prints one JSON object per
 * article per line (NDJSON: {file, language, direction, claims}), ready for jq or a loader; `table` (the default) is
 * for reading. An unusable article is reported on stderr and the others still run; the exit code is then 1.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeReason, extractClaims, ExtractionInputError, type ClaimLanguage, type ExtractionResult } from "../lib/extraction";

const USAGE = "usage: npm run extract -- <file|dir|-> [more…] [--lang ar|fr|en] [--format json|table] [--check-worthy] [--locale ar|en]";
const LANGUAGES = ["ar", "fr", "en"];

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (input === "-") return [input];
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) fail(`No such file: ${input}`);
    if (!stat.isDirectory()) return [input];
    return readdirSync(input)
      .sort()
      .map((name) => path.join(input, name))
      .filter((file) => statSync(file).isFile());
  });
}

function printTable(file: string, result: ExtractionResult, onlyCheckWorthy: boolean, locale: "ar" | "en"): void {
  const claims = onlyCheckWorthy ? result.claims.filter((claim) => claim.checkWorthy) : result.claims;
  const worthy = result.claims.filter((claim) => claim.checkWorthy).length;
  console.log(`\n${file} — ${result.language} (${result.direction}), ${result.claims.length} claims, ${worthy} check-worthy`);
  for (const claim of claims) {
    const mark = claim.checkWorthy ? "✔" : " ";
    const reasons = claim.reasons.slice(0, 3).map((reason) => `${reason.weight > 0 ? "+" : ""}${reason.weight} ${describeReason(reason, locale)}`);
    console.log(`${mark} ${claim.score.toFixed(2)}  s${String(claim.sentenceIndex).padEnd(3)} ${claim.type.padEnd(13)} [${claim.start}-${claim.end}] ${claim.normalizedText}`);
    if (reasons.length > 0) console.log(`        ${reasons.join(" · ")}`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      format: { type: "string", default: "table" },
      "check-worthy": { type: "boolean", default: false },
      locale: { type: "string", default: "en" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length === 0) fail("Give a file, a directory, or - for standard input.");
  if (values.lang !== undefined && !LANGUAGES.includes(values.lang)) fail(`Unknown --lang ${values.lang}.`);
  if (values.format !== "json" && values.format !== "table") fail(`Unknown --format ${values.format}.`);
  if (values.locale !== "ar" && values.locale !== "en") fail(`Unknown --locale ${values.locale}.`);

  let failed = false;
  for (const file of expandInputs(positionals)) {
    const text = readFileSync(file === "-" ? 0 : file, "utf8");
    try {
      const result = extractClaims(text, values.lang ? { language: values.lang as ClaimLanguage } : {});
      if (values.format === "json") {
        const claims = values["check-worthy"] ? result.claims.filter((claim) => claim.checkWorthy) : result.claims;
        console.log(JSON.stringify({ file, ...result, claims }));
      } else {
        printTable(file, result, values["check-worthy"], values.locale);
      }
    } catch (error) {
      if (!(error instanceof ExtractionInputError)) throw error;
      console.error(`${file}: ${error.message}`);
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
}

// `npm run extract -- dir | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main();
