import pg from "pg";
import { migrate, type MigrateResult } from "@/lib/db/migrate";

/** Opens one pg client, runs `work`, and always closes it. */
export async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function migrateDatabase(url: string): Promise<MigrateResult> {
  return withPgClient(url, (client) => migrate(client));
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  assertSafeIdentifier(name);
  await withPgClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertSafeIdentifier(name);
  await withPgClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function assertSafeIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Refusing unsafe database name: ${name}`);
}
