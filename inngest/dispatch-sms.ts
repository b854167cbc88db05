import "server-only";
import { getDb } from "@/db/client";
import { jobEvents, runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { dispatchSms as deliverQueuedSms } from "@/server/notify/dispatch-sms";
import { inngest } from "./client";

/**
 * Delivers the SMS outbox: at once when a sender kicks it, and every minute for retries and for
 * anything a lost kick left behind.
 */
export const dispatchSms = inngest.createFunction(
  {
    id: "dispatch-sms",
    name: "Deliver queued SMS",
    triggers: [
      { event: jobEvents.smsDispatchRequested },
      { cron: "* * * * *" },
      { event: runRequestedEvent("dispatch-sms") },
    ],
  },
  async ({ step }) => {
    const counts = await step.run("deliver-queued-sms", async () => deliverQueuedSms(await getDb()));
    const summary: JobSummary = { itemsProcessed: counts.sent + counts.delivered + counts.retrying + counts.failed };
    return { ...summary, ...counts };
  },
);
