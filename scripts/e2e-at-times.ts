// Runs the end-to-end suite (or the specs named after `--`) as if the China wall clock read each given
// time, to prove no test depends on when it runs:
//   npx tsx scripts/e2e-at-times.ts 15:10 "fri 23:50" -- e2e/exit-entry.spec.ts
// A time is "HH:MM" China time, optionally after a weekday (mon … sun); each run starts at its next
// occurrence from now, always ahead of the real clock, so cookies the browser (on the real clock) keeps
// do not expire early. Every Node process of the run (Playwright, its workers, the app server) loads
// scripts/fake-clock.mjs with the same offset; each run gets a fresh server and data folder.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chinaOffsetMs } from "../server/dates/china-time-zone";
import { nextChinaTime } from "./next-china-time";

const args = process.argv.slice(2);
const split = args.indexOf("--");
const times = split === -1 ? args : args.slice(0, split);
const playwrightArgs = split === -1 ? [] : args.slice(split + 1);
if (times.length === 0) {
  console.error('usage: npx tsx scripts/e2e-at-times.ts HH:MM ["fri HH:MM" …] [-- playwright args]');
  process.exit(2);
}

const shim = pathToFileURL(path.resolve(import.meta.dirname, "fake-clock.mjs")).href;
let built = Boolean(process.env.E2E_SKIP_BUILD);
for (const spec of times) {
  const at = nextChinaTime(spec);
  const offset = at - Date.now();
  console.log(
    `== end-to-end at China time ${new Date(at + chinaOffsetMs).toISOString().slice(0, 16).replace("T", " ")} (${spec})`,
  );
  const env = {
    ...process.env,
    CI: "1",
    FAKE_CLOCK_OFFSET_MS: String(offset),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${shim}`.trim(),
    ...(built ? { E2E_SKIP_BUILD: "1" } : {}),
  };
  const run = spawnSync("npx", ["playwright", "test", ...playwrightArgs], { env, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  built = true;
}
