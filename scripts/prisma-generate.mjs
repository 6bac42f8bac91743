// Runs `prisma generate` offline. The Prisma CLI downloads a native schema engine at start-up even though
// generation itself does not use it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing executable skips
// the download, so `npm ci` works on machines without internet access.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
if (!existsSync("prisma/schema.prisma")) {
  console.log("prisma-generate: no prisma/schema.prisma yet, skipping");
  process.exit(0);
}
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
