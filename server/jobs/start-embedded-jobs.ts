import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { jobsMode } from "@/server/env";
import { logError, logInfo } from "@/server/log";
import { inProcessRunner } from "./in-process-runner";

const slot = globalThis as unknown as { __jingminEmbeddedJobs?: boolean };

/**
 * Starts the in-process runner's cron scheduler when no Inngest server is configured. Called from
 * instrumentation.ts at server start; once per process whatever the number of bundles calling it, and
 * never while `next build` prerenders.
 */
export function startEmbeddedJobs(): void {
  if (slot.__jingminEmbeddedJobs || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return;
  slot.__jingminEmbeddedJobs = true;
  if (jobsMode() !== "in-process") return;
  inProcessRunner()
    .then((runner) => {
      runner.start();
      logInfo("in-process job runner started");
    })
    .catch((error: unknown) => logError("in-process job runner did not start", error));
}
