import pg from "pg";
import { resetEnv } from "@/server/env";
import { resetPiiKeys } from "@/server/crypto/pii";

/**
 * The benchmarks run on a PostgreSQL database of their own, never the app's: by default
 * `jingmin_bench` on the local server. The keys are fixed so the generated ciphertexts and hashes match
 * what the benchmarked server computes; they protect synthetic people only and are never a deployment's keys.
 */
export const benchServerUrl = process.env.BENCH_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const benchDatabaseName = process.env.BENCH_DATABASE ?? "jingmin_bench";

export function benchDatabaseUrl(database = benchDatabaseName): string {
  const url = new URL(benchServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export const benchSecrets = {
  PII_KEY: Buffer.alloc(32, 7).toString("base64"),
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
};

/** Points this process at a bench database with the bench keys (before anything reads env()). */
export function useBenchEnv(url = benchDatabaseUrl()) {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_DRIVER = "pg";
  Object.assign(process.env, benchSecrets);
  resetEnv();
  resetPiiKeys();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: benchServerUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A copy of the seeded database for one benchmark run. Runs change what they measure (drafts get submitted,
 * reminders get sent), so each starts from a copy and the seeded database stays as generated: any run can be
 * repeated without seeding again. FILE_COPY copies the data files instead of writing them all to the WAL.
 */
export async function copyBenchDatabase(
  purpose: string,
  options: { reuse?: boolean } = {},
): Promise<{ url: string; seconds: number; reused: boolean; drop: () => Promise<void> }> {
  const name = `${benchDatabaseName}_${purpose}`;
  const started = performance.now();
  const reused = await onServer(async (client) => {
    if (options.reuse && (await client.query(`select 1 from pg_database where datname = $1`, [name])).rowCount)
      return true;
    const seeded = await client.query(`select 1 from pg_database where datname = $1`, [benchDatabaseName]);
    if (!seeded.rowCount) throw new Error("no bench database: run `npm run bench:seed -- --users 11000000` first");
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name} template ${benchDatabaseName} strategy file_copy`);
    return false;
  });
  return {
    url: benchDatabaseUrl(name),
    seconds: (performance.now() - started) / 1000,
    reused,
    drop: () => onServer(async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}
