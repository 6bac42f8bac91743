import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "@": fileURLToPath(new URL("./", import.meta.url)) };

// Two projects: `unit` is plain lib/ code with no database; `integration` runs against a real PostgreSQL that
// tests/global-setup.ts provisions (TEST_DATABASE_URL's server, or an embedded PGlite when it is unset).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/global-setup.ts"],
          setupFiles: ["tests/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Integration files share one scratch database; running them one at a time keeps their data apart.
          fileParallelism: false,
        },
      },
    ],
  },
});
