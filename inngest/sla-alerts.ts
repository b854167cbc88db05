import "server-only";
import { getDb } from "@/db/client";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { alertIdleApplications } from "@/server/supervision/run-sla-alerts";
import { inngest } from "./client";

const maxBatches = 200;

/**
 * Every hour on the quarter, queue items idle beyond their SLA are flagged and their unit's supervisors
 * told (in-app and SMS). Each batch is its own step; a rerun finds nothing left to alert.
 */
export const slaAlerts = inngest.createFunction(
  {
    id: "queue-sla-alerts",
    name: "Queue SLA alerts to supervisors",
    triggers: [{ cron: chinaCron("15 * * * *") }, { event: runRequestedEvent("queue-sla-alerts") }],
  },
  async ({ step }) => {
    let alerted = 0;
    let smsQueued = 0;
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`alert-${i}`, async () => alertIdleApplications(await getDb()));
      alerted += batch.processed;
      smsQueued += batch.smsQueued;
      if (!batch.more) break;
    }
    const summary: JobSummary = { itemsProcessed: alerted, smsQueued };
    return { ...summary, alerted };
  },
);
