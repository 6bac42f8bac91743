import { isLocalDatabaseUrl, withDatabase } from "../../lib/db/url";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_EMBEDDED_PORT = Number(process.env.E2E_EMBEDDED_PORT ?? 54330);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * The database the e2e web server uses: a scratch database on TEST_DATABASE_URL's server (CI), otherwise the embedded
 * PGlite that scripts/e2e-server.ts serves on a fixed port. Tests connect to it to create their own users.
 */
export function e2eDatabase(): { url: string; serverUrl?: string; databaseName: string } {
  const databaseName = "sanad_e2e";
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    if (!isLocalDatabaseUrl(serverUrl)) throw new Error("TEST_DATABASE_URL must point at localhost.");
    return { url: withDatabase(serverUrl, databaseName), serverUrl, databaseName };
  }
  return { url: `postgresql://postgres:postgres@127.0.0.1:${E2E_EMBEDDED_PORT}/postgres?sslmode=disable`, databaseName };
}
