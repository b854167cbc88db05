import "server-only";
import { getDb } from "@/db/client";
import {
  type ReminderBatch,
  type ReminderCursor,
  remindExpiringDocuments,
} from "@/server/exit-entry/remind-expiring-documents";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { inngest } from "./client";

const id = "travel-document-reminders";

/** Stops a run that would otherwise loop forever on a bug; 20,000 batches of 500 is ten million documents. */
const maxBatches = 20_000;

/**
 * Every morning at 09:00 China time: the 90-day expiry reminders for exit-entry documents. Each batch is a
 * step that hands its keyset cursor to the next, so a retry resumes where it failed; a rerun from the
 * start skips every document already reminded for its expiry date.
 */
export const travelDocumentReminders = inngest.createFunction(
  {
    id,
    name: "Exit-entry documents: 90-day expiry reminders",
    triggers: [{ cron: chinaCron("0 9 * * *") }, { event: runRequestedEvent(id) }],
  },
  async ({ step }) => {
    let cursor: ReminderCursor | null = null;
    let processed = 0;
    let smsQueued = 0;
    for (let i = 0; i < maxBatches; i++) {
      const after: ReminderCursor | null = cursor;
      const batch: ReminderBatch = await step.run(`remind-${i}`, async () =>
        remindExpiringDocuments(await getDb(), { after }),
      );
      processed += batch.processed;
      smsQueued += batch.smsQueued;
      cursor = batch.cursor;
      if (!batch.more) break;
    }
    const summary: JobSummary = { itemsProcessed: processed, smsQueued };
    return summary;
  },
);
