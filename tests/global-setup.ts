import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { createDatabase, dropDatabase, migrateDatabase } from "@/lib/db/provision";
import { isLocalDatabaseUrl, withDatabase } from "@/lib/db/url";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

/**
 * Gives the integration tests a freshly migrated PostgreSQL: a scratch database on TEST_DATABASE_URL's server when
 * it is set (CI), otherwise an in-memory embedded PGlite. Refuses any non-local server, so a mistyped URL can
 * never point the suite (which creates and drops databases) at production.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    if (!isLocalDatabaseUrl(serverUrl)) {
      throw new Error(`TEST_DATABASE_URL must point at localhost; refusing to run tests against ${new URL(serverUrl).host}.`);
    }
    const name = `sanad_test_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl, name);
    const databaseUrl = withDatabase(serverUrl, name);
    await migrateDatabase(databaseUrl);
    project.provide("databaseUrl", databaseUrl);
    project.provide("serverUrl", serverUrl);
    return async () => dropDatabase(serverUrl, name);
  }
  const embedded = await startEmbeddedPostgres();
  await migrateDatabase(embedded.url);
  project.provide("databaseUrl", embedded.url);
  project.provide("serverUrl", "");
  return () => embedded.stop();
}
