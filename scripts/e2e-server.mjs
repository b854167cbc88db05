// Builds and serves the app for Playwright on its embedded defaults, with a fresh data folder each run.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
  DATA_DIR: process.env.E2E_DATA_DIR ?? `.data/e2e-${port}`,
  PII_KEY: Buffer.alloc(32, 9).toString("base64"),
  AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdef",
  AUTH_TRUST_HOST: "true",
  DEV_TOOLS: "1",
};
delete env.DATABASE_URL;

rmSync(env.DATA_DIR, { recursive: true, force: true });
if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync("node_modules/.bin/next", ["build"], { env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
