import { performance } from "node:perf_hooks";
import autocannon, { type AutocannonInstance } from "autocannon";
import type pg from "pg";

/** Throughput and latency of one timed run; latencies in milliseconds. */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  completed: number;
  failed: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** Nearest-rank percentile of already sorted values. */
function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// Both sides record every response time themselves and share this summary, so API and raw figures are computed the
// same way (autocannon's own histogram has whole-millisecond buckets and no p95).
function summarise(latencies: number[], failed: number, elapsedMs: number): LoadResult {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    completed: latencies.length,
    failed,
  };
}

let running: AutocannonInstance | undefined;

/** Stops a load run in progress (Ctrl+C). */
export function stopLoad(): void {
  running?.stop();
}

/**
 * `connections` keep-alive HTTP clients, each sending the next request as soon as the last one answered. Responses
 * with another status than `expectStatus` count as failed, not in the latencies.
 */
export async function driveHttp(url: string, headers: Record<string, string>, options: LoadOptions, expectStatus = 200): Promise<LoadResult> {
  const latencies: number[] = [];
  let unexpected = 0;
  const instance = autocannon({ url, headers, connections: options.connections, duration: options.seconds, timeout: 30 });
  running = instance;
  instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === expectStatus) latencies.push(responseTimeMs);
    else unexpected++;
  });
  const started = performance.now();
  try {
    const result = await instance;
    return summarise(latencies, unexpected + result.errors, performance.now() - started);
  } finally {
    running = undefined;
  }
}

let stopRaw = false;
export function stopRawLoad(): void {
  stopRaw = true;
}

/** `connections` loops over a pool of as many pg connections, each sending the next query as soon as the last returned. */
export async function driveSql(pool: pg.Pool, sql: string, params: unknown[], options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (!stopRaw && performance.now() < deadline) {
        const sent = performance.now();
        try {
          await pool.query(sql, params);
          latencies.push(performance.now() - sent);
        } catch {
          failed++;
        }
      }
    }),
  );
  return summarise(latencies, failed, performance.now() - started);
}
