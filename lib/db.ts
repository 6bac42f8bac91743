import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DB_POOL_SIZE } from "@/lib/db/url";

/**
 * The one Prisma client. A globalThis singleton so Next's dev reloads and the test suite do not open a new pool per
 * module instance. The password hash is omitted from every query unless a caller asks for it explicitly.
 */
function createClient(url: string) {
  const adapter = new PrismaPg({ connectionString: url, max: DB_POOL_SIZE });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { sanadDb?: Db; sanadDbUrl?: string };

export function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start Sanad with `npm start`, which provides one.");
  if (!globalForDb.sanadDb || globalForDb.sanadDbUrl !== url) {
    globalForDb.sanadDb = createClient(url);
    globalForDb.sanadDbUrl = url;
  }
  return globalForDb.sanadDb;
}

/** Lazily resolved so importing a module never needs a database (builds, unit tests). */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
