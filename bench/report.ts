/**
 * `npm run bench:report`: how long a 50-claim Arabic report takes to export.
 * Cold PDF (includes launching Chromium), warm PDFs (median of several, browser reused), then five exports at once.
 * Target: warm PDF ≤ 2 s, no failure with five concurrent exports. Exits 1 if any export failed.
 */
import { performance } from "node:perf_hooks";

import { largeArabicReport } from "@/lib/reports/__fixtures__/sample-report";
import { buildClaimReviews } from "@/lib/reports/claimreview";
import { buildReportCsv } from "@/lib/reports/csv";
import { buildReportHtml } from "@/lib/reports/html";
import { buildReportJson } from "@/lib/reports/json";
import { buildReportMarkdown } from "@/lib/reports/markdown";
import { closeReportBrowser, renderReportPdf } from "@/lib/reports/pdf";

const CLAIMS = 50;
const WARM_RUNS = 7;
const CONCURRENT = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function main(): Promise<void> {
  const data = largeArabicReport(CLAIMS);
  let failures = 0;

  console.log(`Report export bench: ${CLAIMS}-claim Arabic report`);
  for (const [name, build] of [
    ["HTML", () => buildReportHtml(data)],
    ["Markdown", () => buildReportMarkdown(data)],
    ["CSV", () => buildReportCsv(data)],
    ["JSON", () => buildReportJson(data)],
    ["ClaimReview", () => JSON.stringify(buildClaimReviews(data))],
  ] as const) {
    const runs = [];
    let size = 0;
    for (let i = 0; i < 5; i += 1) {
      const r = await timed(build);
      runs.push(r.ms);
      size = Buffer.byteLength(r.value);
    }
    console.log(`  ${name.padEnd(12)} median ${ms(median(runs)).padStart(7)}  (${(size / 1024).toFixed(0)} KB)`);
  }

  const cold = await timed(() => renderReportPdf(data));
  console.log(`  PDF cold     ${ms(cold.ms).padStart(14)}  (${(cold.value.length / 1024).toFixed(0)} KB, includes browser launch)`);

  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i += 1) {
    try {
      warm.push((await timed(() => renderReportPdf(data))).ms);
    } catch (error) {
      failures += 1;
      console.error("  warm export failed:", error);
    }
  }
  console.log(`  PDF warm     median ${ms(median(warm)).padStart(7)}  (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))}, ${WARM_RUNS} runs)`);

  const batch = await timed(() =>
    Promise.allSettled(Array.from({ length: CONCURRENT }, () => timed(() => renderReportPdf(data)))),
  );
  const each = batch.value.flatMap((r) => (r.status === "fulfilled" ? [r.value.ms] : []));
  const failed = batch.value.filter((r) => r.status === "rejected");
  failures += failed.length;
  for (const f of failed) console.error("  concurrent export failed:", (f as PromiseRejectedResult).reason);
  console.log(
    `  PDF ×${CONCURRENT} at once  wall ${ms(batch.ms)}, each median ${ms(median(each))} max ${ms(Math.max(...each))}, failures ${failed.length}`,
  );

  await closeReportBrowser();
  const warmOk = median(warm) <= 2000;
  console.log(`Result: warm median ${warmOk ? "within" : "OVER"} 2 s target; failures ${failures}`);
  if (failures > 0) process.exitCode = 1;
}

main().catch(async (error: unknown) => {
  console.error(error);
  await closeReportBrowser();
  process.exitCode = 1;
});
