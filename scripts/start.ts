import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/seed-demo";
import { explainStartupError } from "./lib/friendly-errors";
import { launch } from "./lib/launch";

// `npm start`: Sanad with its demo data. Uses DATABASE_URL when set, otherwise an embedded PostgreSQL under .data/.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const databaseUrl = process.env.DATABASE_URL || undefined;

try {
  const app = await launch({
    port,
    host,
    databaseUrl,
    dataDir: path.resolve(process.env.SANAD_DATA_DIR ?? ".data"),
    seed: process.env.SANAD_SEED_DEMO !== "false",
  });
  console.log(`\nSanad is running at ${app.url}`);
  console.log(databaseUrl ? "Database: DATABASE_URL" : `Database: embedded PostgreSQL in ${process.env.SANAD_DATA_DIR ?? ".data"}/pglite`);
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} ${user.email}`);
  console.log("Press Ctrl+C to stop.\n");
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} catch (error) {
  const message = explainStartupError(error, { databaseUrl, port });
  if (!message) throw error;
  console.error(`\n${message}`);
  process.exit(1);
}
