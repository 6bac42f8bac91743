import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DB_POOL_SIZE } from "@/lib/db/url";

/**
 * An embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) served over the ordinary wire protocol, so the
 * app, Prisma's pg adapter and psql talk to it exactly as to a real server. Used when DATABASE_URL is unset: a
 * newcomer runs Sanad without installing a database server.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that persists the data; omit for an in-memory database (tests). */
  dataDir?: string;
  port?: number;
  /** Connections the socket server accepts; must cover every pool that will connect (app + scripts). */
  maxConnections?: number;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: options.dataDir, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({
    db: pglite,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? DB_POOL_SIZE * 2 + 4,
  });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    throw error;
  }
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
