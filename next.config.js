import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the WebAssembly Postgres, Playwright's browser driver, jsdom.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "playwright-core", "jsdom", "mammoth"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
