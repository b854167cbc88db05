import { resetEnv } from "@/server/env";
import { resetPiiKeys } from "@/server/crypto/pii";

/**
 * The benchmarks run on a PostgreSQL database of their own, never the app's: by default
 * `jingmin_bench` on the local server. The keys are fixed so the generated ciphertexts and hashes match
 * what the benchmarked server computes; they protect synthetic people only and are never a deployment's keys.
 */
export const benchServerUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const benchDatabaseName = process.env.BENCH_DATABASE ?? "jingmin_bench";

export function benchDatabaseUrl(): string {
  const url = new URL(benchServerUrl);
  url.pathname = `/${benchDatabaseName}`;
  return url.toString();
}

export const benchSecrets = {
  PII_KEY: Buffer.alloc(32, 7).toString("base64"),
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
};

/** Points this process at the bench database with the bench keys (before anything reads env()). */
export function useBenchEnv() {
  process.env.DATABASE_URL = benchDatabaseUrl();
  process.env.DATABASE_DRIVER = "pg";
  Object.assign(process.env, benchSecrets);
  resetEnv();
  resetPiiKeys();
}
