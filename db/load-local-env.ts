import { existsSync } from "node:fs";

/** Scripts run outside Next, which would otherwise load .env.local for us. Real env vars win. */
export function loadLocalEnv() {
  for (const file of [".env.local", ".env"]) {
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
