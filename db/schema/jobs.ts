import { index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const jobRunStatus = pgEnum("job_run_status", ["running", "succeeded", "failed"]);

/** One row per run of a scheduled or background function, for the ops page. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid().primaryKey().defaultRandom(),
    functionId: varchar({ length: 64 }).notNull(),
    trigger: varchar({ length: 16 }).notNull(),
    status: jobRunStatus().notNull().default("running"),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    itemsProcessed: integer().notNull().default(0),
    smsQueued: integer().notNull().default(0),
    error: text(),
  },
  (t) => [index().on(t.functionId, t.startedAt)],
);
