import { parseArgs } from "node:util";
import pg from "pg";
import { copyBenchDatabase, useBenchEnv } from "./bench-env";
import { benchOrigin, buildForBench, startBenchServer } from "./bench-server";
import { machineLine, table, writeBenchmarkSection } from "./benchmarks-file";
import { buildScenarios, type Scenario } from "./http-scenarios";
import { type LoadResult, runLoad } from "./load";
import { measurePage, type PageResult } from "./page-weight";

/**
 * `npm run bench`: HTTP benchmarks against `next start` on a copy of the bench database (`npm run
 * bench:seed` first), each endpoint beside the framework floor measured in the same run, written to
 * BENCHMARKS.md.
 */
const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    submits: { type: "string", default: "2000" },
    "case-queries": { type: "string", default: "600" },
    "skip-build": { type: "boolean", default: false },
    /** Only the endpoints whose name contains this (the floor always runs); no page measurements. For profiling. */
    only: { type: "string" },
    /** Keep the database copy afterwards / start from the kept one, for repeated runs of reads while profiling. */
    "keep-copy": { type: "boolean", default: false },
    "reuse-copy": { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

const copy = await copyBenchDatabase("http", { reuse: values["reuse-copy"] });
console.log(
  copy.reused
    ? "reusing the kept copy of the bench database"
    : `copied the bench database in ${copy.seconds.toFixed(0)} s`,
);
useBenchEnv(copy.url);
const client = new pg.Client({ connectionString: copy.url });
await client.connect();
const users = Number((await client.query<{ n: string }>(`select count(*) as n from users`)).rows[0]!.n);

if (!values["skip-build"]) console.log(`next build: ${buildForBench(copy.url).toFixed(0)} s`);
const server = await startBenchServer(copy.url);
const results: { scenario: Scenario; result: LoadResult }[] = [];
const pageResults: { name: string; path: string; result: PageResult }[] = [];
try {
  const { scenarios, pages } = await buildScenarios(client, {
    submits: Number(values.submits),
    caseQueries: Number(values["case-queries"]),
  });
  const selected = scenarios.filter((s) => !values.only || s.target === "floor" || s.name.includes(values.only));
  for (const scenario of selected) {
    await scenario.prepare?.();
    // A short warm-up first: the first requests of a route compile and fill caches.
    if (!scenario.load.amount) await runLoad(benchOrigin, scenario.load, { connections: 5, duration: 2 });
    const result = await runLoad(benchOrigin, scenario.load, { connections, duration });
    results.push({ scenario, result });
    if (result.firstFailure) console.log(`  first failure: ${result.firstFailure}`);
    console.log(
      `${scenario.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.failed} failed of ${result.requests} (${result.statuses})`,
    );
  }
  // Lighthouse after the load runs, on a server that is idle again: it measures one visitor's experience.
  for (const page of values.only ? [] : pages()) {
    // Single Lighthouse runs vary by tens of points on a shared machine: the median of three is reported.
    const runs: PageResult[] = [];
    for (let i = 0; i < 3; i++) runs.push(await measurePage(benchOrigin + page.path, page.cookie));
    const result = runs.sort((a, b) => a.performance - b.performance)[1]!;
    pageResults.push({ name: page.name, path: page.path, result });
    console.log(
      `${page.name}: performance ${result.performance}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, JS ${(result.jsGzipBytes / 1024).toFixed(1)} KB gzip`,
    );
  }
} finally {
  server.stop();
  await client.end();
  if (!values["keep-copy"]) await copy.drop();
}
if (values.only) process.exit(0);

const floor = results.find((r) => r.scenario.target === "floor")!.result;
const verdict = ({ scenario, result }: (typeof results)[number]): string => {
  if (result.failed > 0) return `✗ ${result.failed} failed`;
  if (scenario.target === "read") {
    const ok = result.rps >= 0.6 * floor.rps && result.p99 <= 2 * floor.p99;
    return `${ok ? "✓" : "✗"} ≥ 60 % of floor req/s, p99 ≤ 2× floor`;
  }
  if (scenario.target === "submit") return `${result.rps >= 100 ? "✓" : "✗"} ≥ 100 submits/s`;
  if (scenario.target === "padded") {
    return `${result.p50 >= 800 && result.p50 <= 1000 ? "✓" : "✗"} p50 between the 800 ms pad and 1,000 ms`;
  }
  return "—";
};
const rows = results.map((r) => [
  r.scenario.name,
  r.result.rps.toFixed(0),
  r.result.p50,
  r.result.p99,
  `${((r.result.rps / floor.rps) * 100).toFixed(0)} %`,
  `${(r.result.p99 / Math.max(floor.p99, 1)).toFixed(1)}×`,
  verdict(r),
]);
writeBenchmarkSection(
  "http",
  `## HTTP (\`npm run bench\`)\n\n${connections} connections, ${duration} s per endpoint after a 2 s warm-up, autocannon on the same machine as ` +
    `\`next start\` and PostgreSQL, bench database of ${users.toLocaleString("en")} users. Submits run until ${values.submits} ` +
    `prepared drafts are all submitted, case queries until ${values["case-queries"]} ` +
    `parties have each queried once (with an SMS code issued just before).\n\n` +
    table(["endpoint", "req/s", "p50 ms", "p99 ms", "req/s vs floor", "p99 vs floor", "target"], rows) +
    `\n\n${machineLine()}`,
);

const blank = pageResults.find((p) => p.path === "/bench-blank")!.result;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
writeBenchmarkSection(
  "pages",
  `## Citizen pages (Lighthouse ${"12.2.3"}, mobile preset, Debian Chromium)\n\n` +
    `Each page is measured three times and the median run (by performance score) is shown. ` +
    `First-load JavaScript is the gzip size of the page's own-origin scripts. The floor is a blank page of the same ` +
    `build (\`/bench-blank\`: no client components, no data), measured the same way in the same run: ` +
    `${kb(blank.jsGzipBytes)} KB, performance ${blank.performance}. Targets: performance ≥ 95 and at most 25 KB above the floor.\n\n` +
    table(
      [
        "page",
        "performance",
        "LCP ms",
        "TBT ms",
        "first-load JS KB gzip",
        "above blank page KB",
        "performance ≥ 95",
        "JS ≤ 25 KB above",
      ],
      pageResults.map(({ name, path, result }) => {
        const above = result.jsGzipBytes - blank.jsGzipBytes;
        const floorRow = path === "/bench-blank";
        return [
          name,
          result.performance,
          result.lcpMs,
          result.tbtMs,
          kb(result.jsGzipBytes),
          kb(above),
          result.performance >= 95 ? "✓" : "✗",
          floorRow ? "floor" : above <= 25 * 1024 ? "✓" : "✗",
        ];
      }),
    ) +
    `\n\n${machineLine()}`,
);
