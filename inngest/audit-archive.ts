import "server-only";
import { getDb } from "@/db/client";
import { archiveAuditBatch } from "@/server/audit/archive-audit-log";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { inngest } from "./client";

/** 200 batches of 5,000 is a million rows a night; a backlog beyond that is finished the next night. */
const maxBatches = 200;

/**
 * Every night at 03:00 China time, when the log is quiet: audit rows past the 6-month retention are archived
 * to blob storage (gzip JSON lines), verified, and only then removed. Each batch is its own step and its own
 * transaction, so a retry resumes after the last batch that committed and never loses a row.
 */
export const auditArchive = inngest.createFunction(
  {
    id: "audit-archive",
    name: "Audit log: archive rows past retention",
    triggers: [{ cron: chinaCron("0 3 * * *") }, { event: runRequestedEvent("audit-archive") }],
  },
  async ({ step }) => {
    let archived = 0;
    let batches = 0;
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`archive-${i}`, async () => archiveAuditBatch(await getDb()));
      archived += batch.processed;
      if (batch.processed) batches++;
      if (!batch.more) break;
    }
    const summary: JobSummary = { itemsProcessed: archived, smsQueued: 0 };
    return { ...summary, archived, batches };
  },
);
