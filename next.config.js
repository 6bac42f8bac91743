import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: the WebAssembly Postgres, Playwright's browser driver, jsdom.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "playwright-core", "jsdom", "mammoth"],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run typecheck` checks the whole project (tests and scripts included) in CI; repeating it in every
  // production build would only slow down the first `npm start`.
  typescript: { ignoreBuildErrors: true },
  // No framing (clickjacking), no MIME sniffing, no full URLs leaking to other sites.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
