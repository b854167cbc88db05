import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./server/security-headers";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

const config: NextConfig = {
  reactStrictMode: true,
  // Separate build folders let the e2e harness build while another build is in use.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "pg", "ws", "@neondatabase/serverless"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(config);
