import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { migrateDatabase } from "@/lib/db/provision";

/**
 * Everything `npm start` does, in order: database (embedded unless DATABASE_URL is set), migrations, demo seed,
 * production build when sources changed, then `next start`. The e2e suite drives the same function.
 */
export interface LaunchOptions {
  port: number;
  host: string;
  databaseUrl?: string;
  /** Folder for the embedded database, the auth secret and the lock file. */
  dataDir: string;
  /** Keep the embedded database in memory (tests); otherwise it persists under dataDir/pglite. */
  ephemeral?: boolean;
  embeddedPort?: number;
  seed: boolean;
}

export interface Launched {
  url: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

const SOURCE_DIRS = ["app", "components", "lib", "messages", "public"];
const SOURCE_FILES = ["next.config.js", "proxy.ts", "package.json", "tsconfig.json"];

export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** A build is needed when there is none, or a source file is newer than it. */
export function needsBuild(root = process.cwd()): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(path.join(root, entry)) > built);
}

function authSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** PGlite must never be opened by two processes at once: the second would corrupt the first's files. */
function takeLock(dataDir: string): () => void {
  const file = path.join(dataDir, "sanad.pid");
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (alive) {
      const error = new Error(`Sanad is already running from this folder (process ${pid}). Stop it first, or set SANAD_DATA_DIR to another folder.`) as NodeJS.ErrnoException;
      error.code = "SANAD_LOCKED";
      throw error;
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server exited with code ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The web server did not become ready within ${timeoutMs / 1000} s.`);
}

export async function launch(options: LaunchOptions, log: (line: string) => void = console.log): Promise<Launched> {
  mkdirSync(options.dataDir, { recursive: true });
  await assertPortFree(options.port, options.host);
  let embedded: EmbeddedPostgres | undefined;
  let releaseLock = () => {};
  let databaseUrl = options.databaseUrl;
  if (!databaseUrl) {
    if (!options.ephemeral) releaseLock = takeLock(options.dataDir);
    embedded = await startEmbeddedPostgres({
      dataDir: options.ephemeral ? undefined : path.join(options.dataDir, "pglite"),
      port: options.embeddedPort,
    });
    databaseUrl = embedded.url;
    log(`Embedded PostgreSQL (PGlite) listening at ${databaseUrl.replace(/\/\/[^@]*@/, "//")}`);
  }
  const stopDatabase = async () => {
    await embedded?.stop();
    releaseLock();
  };
  try {
    const migrated = await migrateDatabase(databaseUrl);
    if (migrated.applied.length) log(`Applied migrations: ${migrated.applied.join(", ")}`);
    if (options.seed) {
      process.env.DATABASE_URL = databaseUrl;
      const { seedDemo } = await import("@/lib/demo/seed-demo");
      const { seeded } = await seedDemo();
      if (seeded) log("Seeded the demo: three accounts and the seed article with its claims.");
    }
    if (needsBuild()) {
      log("Building Sanad for production (first run or sources changed)…");
      const build = spawnSync("npx", ["--no-install", "next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
      if (build.status !== 0) throw new Error("The production build failed; see the output above.");
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const url = `http://${options.host === "0.0.0.0" ? "localhost" : options.host}:${options.port}`;
  // Next's CLI straight under node, not through `npx`: npx runs it via `sh -c`, and a SIGTERM to npx ends the shell
  // but not the server, which then keeps the port and its database connections after stop() returned.
  const nextCli = createRequire(path.join(process.cwd(), "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextCli, "start", "-p", String(options.port), "-H", options.host], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      NEXTAUTH_SECRET: authSecret(options.dataDir),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await stopDatabase();
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, databaseUrl, stop };
}
