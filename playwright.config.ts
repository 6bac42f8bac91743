import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL } from "./e2e/support/env";

// Debian's Chromium, never a downloaded browser (this machine has no internet). The flags keep it from reaching out.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  // No retries: the journey is one serial story whose steps change shared data, so a retry would not be a clean rerun.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "ci-results/e2e-results.json" }]] : [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "ar",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1360, height: 900 } } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
