// Runs the app on its embedded defaults: PGlite in .data/, local blob folder, SMS outbox with the dev inbox,
// in-process jobs. On first run it writes fresh secrets into .env.local (never committed). The database
// is migrated and seeded with demo data and accounts when the server starts.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const envFile = ".env.local";
const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
const wanted = {
  AUTH_SECRET: () => randomBytes(32).toString("base64url"),
  PII_KEY: () => randomBytes(32).toString("base64"),
  AUTH_TRUST_HOST: () => "true",
};
for (const [key, make] of Object.entries(wanted)) {
  if (!new RegExp(`^${key}=`, "m").test(current)) appendFileSync(envFile, `${key}=${make()}\n`);
}

const port = process.env.PORT ?? "3000";
if (!process.argv.includes("--no-build")) {
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`\n警民通 Jingmin: http://localhost:${port}  (demo accounts: see README.md; SMS inbox: /dev/sms)\n`);
// The demo shows the dev inbox (/dev/sms) and demo TOTP codes (/dev/totp): a real deployment never sets this.
const server = spawn("node_modules/.bin/next", ["start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, DEV_TOOLS: process.env.DEV_TOOLS ?? "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
