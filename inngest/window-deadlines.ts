import "server-only";
import { getDb } from "@/db/client";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { expireWindowDeadlines, remindWindowDeadlines } from "@/server/applications/run-window-deadlines";
import { inngest } from "./client";

/** Stops a run that would otherwise loop forever on a bug; 2,000 batches of 500 is a million rows a night. */
const maxBatches = 2000;

/**
 * Every morning at 08:00 China time (so reminders arrive in the day): the 7-day reminders, then the
 * expiry of approvals whose 60-day window has passed. Each batch is its own step, so a retry resumes
 * where it failed instead of starting over; a rerun of the whole day finds nothing left to do.
 */
export const windowDeadlines = inngest.createFunction(
  {
    id: "household-window-deadlines",
    name: "Household window deadlines: reminders and expiry",
    triggers: [{ cron: chinaCron("0 8 * * *") }, { event: runRequestedEvent("household-window-deadlines") }],
  },
  async ({ step }) => {
    let reminded = 0;
    let expired = 0;
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`remind-${i}`, async () => remindWindowDeadlines(await getDb()));
      reminded += batch.processed;
      if (!batch.more) break;
    }
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`expire-${i}`, async () => expireWindowDeadlines(await getDb()));
      expired += batch.processed;
      if (!batch.more) break;
    }
    const summary: JobSummary = { itemsProcessed: reminded + expired, smsQueued: reminded + expired };
    return { ...summary, reminded, expired };
  },
);
