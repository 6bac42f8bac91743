import path from "node:path";
import { createDatabase, dropDatabase } from "@/lib/db/provision";
import { e2eDatabase, E2E_EMBEDDED_PORT, E2E_PORT } from "../e2e/support/env";
import { launch } from "./lib/launch";

// The web server Playwright tests run against: a production build on a fresh database seeded with the demo.
const { serverUrl, databaseName } = e2eDatabase();
let databaseUrl: string | undefined;
if (serverUrl) {
  await dropDatabase(serverUrl, databaseName);
  await createDatabase(serverUrl, databaseName);
  databaseUrl = e2eDatabase().url;
}
const app = await launch({
  port: E2E_PORT,
  host: "127.0.0.1",
  databaseUrl,
  dataDir: path.resolve(".data/e2e"),
  ephemeral: true,
  embeddedPort: E2E_EMBEDDED_PORT,
  seed: true,
});
console.log(`e2e server ready at ${app.url}`);
const shutdown = async () => {
  await app.stop();
  if (serverUrl) await dropDatabase(serverUrl, databaseName).catch(() => {});
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
