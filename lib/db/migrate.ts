import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ClientBase } from "pg";

/**
 * Applies prisma/migrations/<name>/migration.sql files in name order, bookkeeping them in `_prisma_migrations` exactly
 * as Prisma Migrate does (id, sha256 checksum, timestamps, steps), so a team that has Prisma's native engine can run
 * `prisma migrate deploy` on the same database later. The CLI's engine cannot be downloaded here, hence this runner.
 */

// Prisma Migrate's own advisory lock key: using it means this runner and `prisma migrate` also exclude each other.
const MIGRATION_LOCK_KEY = 72707369;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

// npm scripts, the test suite and the server all run from the repository root.
export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

const CREATE_BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** Checks recorded migrations against the files, refusing edited, failed or unknown ones before touching anything. */
function verifyHistory(files: MigrationFile[], rows: AppliedRow[], dir: string): Set<string> {
  const byName = new Map(files.map((f) => [f.name, f]));
  const applied = new Set<string>();
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(
        `The database has migration "${row.migration_name}" applied, but ${dir} has no such folder. ` +
          `This code is older than the database; update the code before migrating.`,
      );
    }
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration "${row.migration_name}" started earlier but never finished. Inspect the database, fix it by hand, ` +
          `then delete its row from "_prisma_migrations" before running db:migrate again.`,
      );
    }
    if (row.checksum !== file.checksum) {
      throw new MigrationError(
        `prisma/migrations/${row.migration_name}/migration.sql was changed after it was applied to this database ` +
          `(checksum mismatch). Restore the original file and put the change in a new migration.`,
      );
    }
    applied.add(row.migration_name);
  }
  return applied;
}

export async function migrate(client: ClientBase, dir: string = DEFAULT_MIGRATIONS_DIR): Promise<MigrateResult> {
  const files = await readMigrations(dir);
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await client.query(CREATE_BOOKKEEPING_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const done = verifyHistory(files, rows, dir);
    const result: MigrateResult = { applied: [], alreadyApplied: [...done] };
    for (const file of files) {
      if (done.has(file.name)) continue;
      await applyOne(client, file);
      result.applied.push(file.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function applyOne(client: ClientBase, file: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration "${file.name}" failed and was rolled back: ${reason}`);
  }
}
