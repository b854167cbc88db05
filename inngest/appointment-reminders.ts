import "server-only";
import { getDb } from "@/db/client";
import { remindAppointments } from "@/server/appointments/remind-appointments";
import { chinaCron } from "@/server/jobs/china-cron";
import { runRequestedEvent } from "@/server/jobs/events";
import type { JobSummary } from "@/server/jobs/job-summary";
import { inngest } from "./client";

const id = "appointment-reminders";

/** Stops a run that would otherwise loop forever on a bug. */
const maxBatches = 2000;

/** Every day at 18:00 China time: the SMS reminding each citizen of tomorrow's booking. */
export const appointmentReminders = inngest.createFunction(
  {
    id,
    name: "Appointments: day-before reminders",
    triggers: [{ cron: chinaCron("0 18 * * *") }, { event: runRequestedEvent(id) }],
  },
  async ({ step }) => {
    let processed = 0;
    let smsQueued = 0;
    for (let i = 0; i < maxBatches; i++) {
      const batch = await step.run(`remind-${i}`, async () => remindAppointments(await getDb()));
      processed += batch.processed;
      smsQueued += batch.smsQueued;
      if (!batch.more) break;
    }
    const summary: JobSummary = { itemsProcessed: processed, smsQueued };
    return summary;
  },
);
