import { migrateDatabase } from "@/lib/db/provision";
import { explainStartupError } from "./lib/friendly-errors";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the PostgreSQL database to migrate (npm start migrates its embedded database itself).");
  process.exit(1);
}
try {
  const result = await migrateDatabase(url);
  console.log(result.applied.length ? `Applied: ${result.applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  const message = explainStartupError(error, { databaseUrl: url });
  if (!message) throw error;
  console.error(message);
  process.exit(1);
}
