import { defineConfig } from "prisma/config";

// Migrations are applied by `npm run db:migrate` (scripts/db-migrate.ts), not by the Prisma CLI: the CLI's
// migration engine is a native binary that cannot be downloaded on offline machines. The layout is Prisma's own,
// so a team with the engine can switch to `prisma migrate deploy` on the same database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/sanad" },
});
