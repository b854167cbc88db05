import "server-only";
import { getDb } from "@/db/client";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { expireNotices } from "@/server/notices/expire-notices";
import { inngest } from "./client";

/**
 * Just after midnight China time, when notice periods end: published notices past their period become
 * expired for the desks to archive. Visibility never depends on it (the public queries test the period).
 */
export const noticeExpiry = inngest.createFunction(
  {
    id: "notice-expiry",
    name: "Notices: expire those past their period",
    triggers: [{ cron: chinaCron("5 0 * * *") }, { event: runRequestedEvent("notice-expiry") }],
  },
  async ({ step }) => {
    const { expired } = await step.run("expire", async () => expireNotices(await getDb()));
    const summary: JobSummary = { itemsProcessed: expired, smsQueued: 0 };
    return { ...summary, expired };
  },
);
