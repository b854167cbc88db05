import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { functions } from "@/inngest";
import { type ScheduledFunction, scheduledFunctions } from "./scheduled-functions";

/** Enough history to see a pattern (a run failing every night) without paging. */
export const runsPerFunction = 10;

export type JobRunRow = {
  id: string;
  trigger: string;
  status: "running" | "succeeded" | "failed";
  startedAt: Date;
  finishedAt: Date | null;
  itemsProcessed: number;
  smsQueued: number;
  error: string | null;
};

export type ScheduledFunctionRuns = ScheduledFunction & { runs: JobRunRow[] };

/** Each scheduled function with its latest runs, newest first (one index range per function). */
export async function listJobRuns(db: Db): Promise<ScheduledFunctionRuns[]> {
  return Promise.all(
    scheduledFunctions(functions).map(async (fn) => ({
      ...fn,
      runs: await db
        .select({
          id: jobRuns.id,
          trigger: jobRuns.trigger,
          status: jobRuns.status,
          startedAt: jobRuns.startedAt,
          finishedAt: jobRuns.finishedAt,
          itemsProcessed: jobRuns.itemsProcessed,
          smsQueued: jobRuns.smsQueued,
          error: jobRuns.error,
        })
        .from(jobRuns)
        .where(eq(jobRuns.functionId, fn.id))
        .orderBy(desc(jobRuns.startedAt))
        .limit(runsPerFunction),
    })),
  );
}
