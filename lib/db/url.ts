/** Database URL helpers shared by the app, the scripts and the test suite. */

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLocalDatabaseUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // A unix-socket URL (host in the query string) is local by definition.
    return LOCAL_HOSTS.has(parsed.hostname) || (parsed.hostname === "" && parsed.searchParams.has("host"));
  } catch {
    return false;
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Connection pool size for the app's Prisma client; the embedded server must accept at least this many. */
export const DB_POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
