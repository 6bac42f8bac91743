import { MigrationError } from "@/lib/db/migrate";

/**
 * Turns the start-up failures a newcomer can actually hit into one sentence saying what to do. Anything else is a
 * bug and keeps its stack trace.
 */
export function explainStartupError(error: unknown, context: { databaseUrl?: string; port?: number }): string | null {
  const err = error as NodeJS.ErrnoException & { code?: string };
  if (error instanceof MigrationError) return `Database migration refused: ${error.message}`;
  if (err?.code === "EADDRINUSE") {
    return `Port ${context.port} is already in use. Stop the program using it, or choose another port: PORT=${(context.port ?? 3000) + 1} npm start`;
  }
  if (err?.code === "ECONNREFUSED" || err?.code === "ENOTFOUND" || err?.code === "ETIMEDOUT" || err?.code === "EAI_AGAIN") {
    const where = context.databaseUrl ? safeHost(context.databaseUrl) : "the database";
    return `Cannot reach the PostgreSQL server at ${where}. Start it, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`;
  }
  if (err?.code === "3D000") return `The database in DATABASE_URL does not exist. Create it (createdb) or fix DATABASE_URL.`;
  if (err?.code === "28P01" || err?.code === "28000") return `PostgreSQL refused the credentials in DATABASE_URL. Fix the user name or password.`;
  if (err?.code === "SANAD_LOCKED") return err.message;
  return null;
}

function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return "the configured address";
  }
}
