import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checksumOf, migrate, readMigrations } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, withPgClient } from "@/lib/db/provision";
import { withDatabase } from "@/lib/db/url";

// These tests need their own empty databases, which only a real server can give; the embedded run covers the
// project's migrations through the global setup instead.
const serverUrl = inject("serverUrl");
const describeOnServer = serverUrl ? describe : describe.skip;

async function writeMigration(dir: string, name: string, sql: string) {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

describe("the project's migrations", () => {
  it("are recorded in _prisma_migrations with Prisma's checksum", async () => {
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await withPgClient(inject("databaseUrl"), async (client) =>
      (await client.query(`SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"`)).rows,
    );
    for (const file of files) {
      const row = rows.find((r) => r.migration_name === file.name);
      expect(row, file.name).toBeDefined();
      expect(row.checksum).toBe(checksumOf(file.sql));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("is a no-op when run again", async () => {
    const result = await withPgClient(inject("databaseUrl"), (client) => migrate(client));
    expect(result.applied).toEqual([]);
  });
});

describeOnServer("the migration runner", () => {
  const dbName = `sanad_migrate_${process.pid}`;
  let url = "";
  let dir = "";

  beforeAll(async () => {
    await dropDatabase(serverUrl, dbName);
    await createDatabase(serverUrl, dbName);
    url = withDatabase(serverUrl, dbName);
    dir = await mkdtemp(path.join(tmpdir(), "sanad-migrations-"));
  });
  afterAll(async () => dropDatabase(serverUrl, dbName));

  it("applies new migrations in order and rolls back a failing one whole", async () => {
    await writeMigration(dir, "001_a", `CREATE TABLE a (id int);`);
    await writeMigration(dir, "002_b", `CREATE TABLE b (id int); INSERT INTO missing_table VALUES (1);`);
    await expect(withPgClient(url, (c) => migrate(c, dir))).rejects.toThrow(/002_b.*rolled back/);
    const tables = await withPgClient(url, async (c) =>
      (await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.tablename),
    );
    expect(tables).toContain("a");
    expect(tables).not.toContain("b");
    await writeMigration(dir, "002_b", `CREATE TABLE b (id int);`);
    const result = await withPgClient(url, (c) => migrate(c, dir));
    expect(result.applied).toEqual(["002_b"]);
  });

  it("refuses to run when an applied migration file was changed, naming the file", async () => {
    await writeMigration(dir, "001_a", `CREATE TABLE a (id int, edited int);`);
    await expect(withPgClient(url, (c) => migrate(c, dir))).rejects.toThrow(
      /prisma\/migrations\/001_a\/migration\.sql was changed after it was applied/,
    );
    await writeMigration(dir, "001_a", `CREATE TABLE a (id int);`);
  });

  it("lets only one runner migrate at a time", async () => {
    await writeMigration(dir, "003_slow", `CREATE TABLE c (id int); SELECT pg_sleep(0.5);`);
    const results = await Promise.all([
      withPgClient(url, (c) => migrate(c, dir)),
      withPgClient(url, (c) => migrate(c, dir)),
    ]);
    const appliedCounts = results.map((r) => r.applied.length).sort();
    // Without the advisory lock both runners would try to create table c and one would crash.
    expect(appliedCounts).toEqual([0, 1]);
  });
});
