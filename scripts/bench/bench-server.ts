import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { benchSecrets } from "./bench-env";

export const benchPort = Number(process.env.BENCH_PORT ?? 3200);
export const benchOrigin = `http://127.0.0.1:${benchPort}`;
const distDir = ".next-bench";

function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    DATABASE_DRIVER: "pg",
    ...benchSecrets,
    AUTH_TRUST_HOST: "true",
    BENCH_BLANK_PAGE: "1",
    // The scenarios play many visitors by naming their addresses in X-Forwarded-For, as one proxy would.
    TRUSTED_PROXY_HOPS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** A production build of its own folder, so a benchmark never disturbs the dev server's or the e2e build. */
export function buildForBench(databaseUrl: string) {
  const started = performance.now();
  const build = spawnSync("node_modules/.bin/next", ["build"], { env: serverEnv(databaseUrl), stdio: "inherit" });
  spawnSync("git", ["checkout", "--quiet", "tsconfig.json"]);
  if (build.status !== 0) throw new Error("next build failed");
  return (performance.now() - started) / 1000;
}

async function answering(): Promise<boolean> {
  try {
    return (await fetch(`${benchOrigin}/api/livez`)).ok;
  } catch {
    return false;
  }
}

export type BenchServer = { stop: () => void };

export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  if (await answering()) throw new Error(`something already answers on port ${benchPort}: stop it or set BENCH_PORT`);
  // Its own process group, so stopping it also stops the next-server process that `next start` forks.
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server there when it stops, for profiling a missed target.
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const next = ["node_modules/next/dist/bin/next", "start", "-p", String(benchPort), "-H", "127.0.0.1"];
  const server: ChildProcess = spawn(process.execPath, [...profile, ...next], {
    env: serverEnv(databaseUrl),
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await answering()) return { stop };
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error("next start did not answer within 60 s");
}
