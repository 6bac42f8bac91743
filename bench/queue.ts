/**
 * `npm run bench:queue`: the review queue's API under load, beside the same queries sent straight to PostgreSQL.
 *
 * Seeds 100 000 claims over 5 000 articles into a scratch database `sanad_bench` (dropped and recreated each run) on
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres; local servers
 * only), starts the production server with `launch` (the same path as `npm start`), signs in through next-auth, and
 * drives GET /api/queue with autocannon for three pages: the first, a filtered one and one 90 000 rows deep. Then the
 * equivalent SQL runs through a `pg` pool with the same concurrency, in the same run, and the two are printed side by
 * side. Before timing it prints each raw query's EXPLAIN ANALYZE, and the plan of findQueue's own statement for every
 * sort (first page and deep cursors) and the indexed filters, flagging a sequential scan of Claim or Article.
 * Aim: API p95 ≤ 50 ms and ≤ 3× the raw query's p95. Two floors under the same load close the report: the
 * health route (Next alone) and an authenticated queue request refused before any claim query (Next + proxy +
 * session), so a reader sees how much of the API's time is the queue itself.
 *
 * Without a reachable server it falls back to the embedded PGlite (single-threaded, so the numbers are not
 * comparable with a real server). Knobs: BENCH_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_CONNECTIONS (32),
 * DATABASE_POOL_SIZE for the launched app (20 here; the app's default is 10).
 */
import { randomBytes } from "node:crypto";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { createDatabase, dropDatabase, migrateDatabase, withPgClient } from "@/lib/db/provision";
import { isLocalDatabaseUrl, withDatabase } from "@/lib/db/url";
import { launch, type Launched } from "../scripts/lib/launch";
import { driveHttp, driveSql, stopLoad, stopRawLoad, type LoadOptions, type LoadResult } from "./queue/load";
import { buildPlanCases, explainPlan, summarisePlan } from "./queue/plans";
import { buildScenarios, PAGE, type Scenario } from "./queue/scenarios";
import { SEED, seedQueueData } from "./queue/seed";

const SERVER_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE_NAME = "sanad_bench";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const APP_POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? "20";
const AIM_P95_MS = 50;
const AIM_RATIO = 3;

let interrupted = false;
const cleanups: Array<() => Promise<unknown>> = [];
let cleaning: Promise<void> | undefined;
/** Undo everything in reverse order, once, whether the run ended, failed or was interrupted. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error("cleanup:", error));
  })();
  return cleaning;
}

async function serverReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A scratch database on the local server, or an in-memory PGlite when no server answers. */
async function provisionDatabase(): Promise<{ url: string; label: string }> {
  if (!isLocalDatabaseUrl(SERVER_URL)) {
    throw new Error(`The bench drops and recreates a database; refusing non-local server ${new URL(SERVER_URL).host}.`);
  }
  if (await serverReachable(SERVER_URL)) {
    await dropDatabase(SERVER_URL, DATABASE_NAME);
    await createDatabase(SERVER_URL, DATABASE_NAME);
    cleanups.push(() => dropDatabase(SERVER_URL, DATABASE_NAME));
    const url = withDatabase(SERVER_URL, DATABASE_NAME);
    const version = await withPgClient(url, async (c) => (await c.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version);
    return { url, label: `PostgreSQL ${version} at ${new URL(SERVER_URL).host}, database ${DATABASE_NAME}` };
  }
  console.log(`!! No PostgreSQL answers at ${new URL(SERVER_URL).host}; falling back to the embedded PGlite.`);
  console.log("!! PGlite runs one query at a time in one process: these figures are NOT comparable with a real server.\n");
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ maxConnections: CONNECTIONS + Number(APP_POOL_SIZE) + 16 });
  cleanups.push(() => embedded.stop());
  return { url: embedded.url, label: "embedded PGlite (fallback; not comparable with a real server)" };
}


function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]!);
}

/** Signs in as a person would, through next-auth's credentials endpoint, and returns the session cookie. */
async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiePairs(response).find((pair) => pair.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in failed (HTTP ${response.status}); no session cookie came back.`);
  return session;
}

interface ApiPage {
  rows: Array<{ id: string; sourceCount: number; assignee: { name: string } | null; article: { title: string } }>;
  nextCursor: string | null;
}

/** Proves the raw SQL answers what the API answers before either is timed. */
async function assertSameAnswer(baseUrl: string, cookie: string, scenario: Scenario, client: pg.Client): Promise<void> {
  const response = await fetch(`${baseUrl}/api/queue?${scenario.query}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${scenario.name}: GET /api/queue answered ${response.status}: ${await response.text()}`);
  const api = (await response.json()) as ApiPage;
  const raw = (await client.query(scenario.sql, scenario.params)).rows as Array<Record<string, unknown>>;
  const rawPage = raw.slice(0, PAGE);
  const same =
    api.rows.length === rawPage.length &&
    api.rows.every((row, i) => {
      const other = rawPage[i]!;
      return (
        row.id === other.id &&
        row.sourceCount === Number(other.sourceCount) &&
        (row.assignee?.name ?? null) === other.assigneeName &&
        row.article.title === other.articleTitle
      );
    }) &&
    (api.nextCursor !== null) === (raw.length > PAGE);
  if (!same) throw new Error(`${scenario.name}: the raw SQL does not return the API's page; the comparison would be unfair.`);
  if (api.rows.length < PAGE) throw new Error(`${scenario.name}: only ${api.rows.length} rows; the scenario should fill a page.`);
}

async function explain(client: pg.Client, scenario: Scenario): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${scenario.sql}`, scenario.params);
  return rows.map((row) => row["QUERY PLAN"]);
}

const ms = (value: number) => value.toFixed(1);
const pad = (value: string, width: number) => value.padStart(width);

function printTable(results: Array<{ scenario: Scenario; api: LoadResult; raw: LoadResult }>): boolean {
  const header = ["scenario", "API req/s", "p50", "p95", "p99", "raw req/s", "raw p50", "p95", "p99", "p95 ratio", "aims"];
  const lines = results.map(({ scenario, api, raw }) => {
    const ratio = api.p95 / raw.p95;
    const met = api.p95 <= AIM_P95_MS && ratio <= AIM_RATIO && api.failed === 0;
    return {
      met,
      cells: [
        scenario.name,
        api.requestsPerSecond.toFixed(0),
        ms(api.p50),
        ms(api.p95),
        ms(api.p99),
        raw.requestsPerSecond.toFixed(0),
        ms(raw.p50),
        ms(raw.p95),
        ms(raw.p99),
        `${ratio.toFixed(1)}×`,
        met ? "met" : "missed",
      ],
    };
  });
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line.cells[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : pad(cell, widths[i]!))).join(" | ")} |`;
  console.log(row(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const line of lines) console.log(row(line.cells));
  console.log("\nlatencies in ms; p95 ratio = API p95 / raw p95");
  for (const { scenario, api, raw } of results) {
    if (api.failed || raw.failed) console.log(`!! ${scenario.name}: ${api.failed} API and ${raw.failed} raw requests failed`);
  }
  return lines.every((line) => line.met);
}

async function main(): Promise<void> {
  const load: LoadOptions = { connections: CONNECTIONS, seconds: SECONDS };
  const warmup: LoadOptions = { connections: CONNECTIONS, seconds: WARMUP_SECONDS };
  console.log(`Queue bench · Node ${process.version} · ${os.cpus().length} CPUs · ${CONNECTIONS} concurrent clients · ${SECONDS} s per run`);
  // Everything (load generator, Next, PostgreSQL) shares this machine: a busy neighbour moves every figure.
  console.log(`Load average before the run: ${os.loadavg().map((n) => n.toFixed(1)).join(" ")}`);

  const database = await provisionDatabase();
  console.log(`Database: ${database.label}`);
  await migrateDatabase(database.url);

  const seedStarted = performance.now();
  const counts = await withPgClient(database.url, seedQueueData);
  console.log(`Seeded ${Object.entries(counts).map(([table, n]) => `${n.toLocaleString("en")} ${table}`).join(", ")} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (incl. VACUUM ANALYZE)`);
  if (counts.claims !== SEED.claims) throw new Error(`Expected ${SEED.claims} claims, seeded ${counts.claims}.`);

  // The bench's own reader goes through the real account path; the db module reads DATABASE_URL lazily.
  process.env.DATABASE_URL = database.url;
  const { createUserFromShell } = await import("@/lib/users/create-user");
  const { db } = await import("@/lib/db");
  cleanups.push(() => db.$disconnect());
  const password = randomBytes(18).toString("base64url");
  const email = "bench-reader@bench.sanad.local";
  await createUserFromShell({ name: "Bench reader", email, password, role: "EDITOR", locale: "en" });

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  cleanups.push(() => client.end());
  const scenarios = await buildScenarios(client);

  // Set only for the launched server (launch passes the environment on); this process's pools are already sized.
  process.env.DATABASE_POOL_SIZE = APP_POOL_SIZE;
  const app: Launched = await launch({
    port: await freePort(),
    host: "127.0.0.1",
    databaseUrl: database.url,
    dataDir: path.resolve(".data/bench"),
    seed: false,
  });
  cleanups.push(() => app.stop());
  console.log(`Production server at ${app.url} (DATABASE_POOL_SIZE=${APP_POOL_SIZE}); raw baseline: pg.Pool of ${CONNECTIONS}\n`);
  const cookie = await signIn(app.url, email, password);

  for (const scenario of scenarios) {
    await assertSameAnswer(app.url, cookie, scenario, client);
    console.log(`── ${scenario.name}: GET /api/queue?${decodeURIComponent(scenario.query.toString())}`);
    console.log(scenario.sql.replace(/^/gm, "   "));
    if (scenario.params.length) console.log(`   -- params: ${JSON.stringify(scenario.params)}`);
    const plan = await explain(client, scenario);
    const timing = plan.filter((line) => /^(Planning|Execution) Time/.test(line)).join(", ");
    console.log(`   EXPLAIN ANALYZE: ${timing}`);
    console.log(plan.filter((line) => !/^(Planning|Execution) Time/.test(line)).map((line) => `     ${line}`).join("\n"));
    console.log();
  }

  // findQueue's own statement, as it sends it, for every sort and the indexed filters: still one index range a page?
  const reader = (await client.query<{ id: string; role: string }>(`SELECT id, role FROM "User" WHERE email = $1`, [email])).rows[0]!;
  console.log("── findQueue's statement, per sort (EXPLAIN ANALYZE; scans and index conditions only)");
  let sequential = false;
  for (const planCase of await buildPlanCases(client, reader)) {
    const plan = summarisePlan(await explainPlan(client, planCase));
    sequential ||= plan.sequential;
    console.log(`   ${planCase.name}: ${plan.time}${plan.sequential ? "  !! sequential scan of Claim or Article" : ""}`);
    console.log(plan.scans.map((line) => `     ${line}`).join("\n"));
  }
  if (sequential) console.log("!! A findQueue page scans Claim or Article sequentially; see above.");
  console.log();

  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  cleanups.push(() => pool.end());
  const results: Array<{ scenario: Scenario; api: LoadResult; raw: LoadResult }> = [];
  for (const scenario of scenarios) {
    if (interrupted) return;
    const url = `${app.url}/api/queue?${scenario.query}`;
    process.stdout.write(`Measuring ${scenario.name}: API… `);
    await driveHttp(url, { cookie }, warmup);
    const api = await driveHttp(url, { cookie }, load);
    process.stdout.write("raw… ");
    await driveSql(pool, scenario.sql, scenario.params, warmup);
    const raw = await driveSql(pool, scenario.sql, scenario.params, load);
    console.log("done");
    results.push({ scenario, api, raw });
  }

  if (interrupted) return;
  // Two fixed costs under the same load, so a reader can see how much of the API's time is not the queue at all.
  process.stdout.write("Measuring reference floors: health… ");
  const floors: Array<{ label: string; result: LoadResult }> = [];
  await driveHttp(`${app.url}/api/health`, {}, warmup);
  floors.push({ label: "GET /api/health (Next route + SELECT 1; no proxy, no session)", result: await driveHttp(`${app.url}/api/health`, {}, load) });
  process.stdout.write("session… ");
  const brokenCursor = `${app.url}/api/queue?cursor=broken`;
  await driveHttp(brokenCursor, { cookie }, warmup, 400);
  floors.push({
    label: "GET /api/queue?cursor=broken (proxy + session + user lookup; 400 before any claim query)",
    result: await driveHttp(brokenCursor, { cookie }, load, 400),
  });
  console.log("done");

  console.log(`\nGET /api/queue vs the same SQL through pg · ${CONNECTIONS} concurrent clients · ${SECONDS} s each · ${database.label}\n`);
  const met = printTable(results);
  console.log("\nFloors under the same load (no queue query):");
  for (const { label, result } of floors) {
    const failed = result.failed ? `  (${result.failed} unexpected answers)` : "";
    console.log(`  ${result.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}  ${label}${failed}`);
  }
  console.log(`\nAims (p95 ≤ ${AIM_P95_MS} ms and ≤ ${AIM_RATIO}× raw, no failures): ${met ? "met for every scenario" : "MISSED (see table)"}`);
}

process.once("SIGINT", () => {
  interrupted = true;
  console.log("\nInterrupted; stopping the server and dropping the bench database…");
  stopLoad();
  stopRawLoad();
  void cleanUp().then(() => process.exit(130));
});

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
