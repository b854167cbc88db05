import pg from "pg";
import { copyBenchDatabase, useBenchEnv } from "./bench-env";
import { machineLine, table, writeBenchmarkSection } from "./benchmarks-file";

/**
 * `npm run bench:jobs`: the nightly jobs over the whole generated province (`npm run bench:seed` first), on
 * a copy of the bench database. Each function is started as the ops page starts it (its run-requested
 * event, through the in-process runner), twice: the first run does the day's work, the second must find
 * nothing left. Checks that every due item got exactly one SMS, and writes the figures to BENCHMARKS.md.
 */
const copy = await copyBenchDatabase("jobs");
console.log(`copied the bench database in ${copy.seconds.toFixed(0)} s`);
useBenchEnv(copy.url);
const { getDb, getDbHandle } = await import("@/db/client");
const { InProcessRunner } = await import("@/server/jobs/in-process-runner");
const { runRequestedEvent } = await import("@/server/jobs/events");
const { travelDocumentReminders } = await import("@/inngest/travel-document-reminders");
const { windowDeadlines } = await import("@/inngest/window-deadlines");
const { chinaToday } = await import("@/server/dates/china-today");
const { addDays } = await import("@/server/dates/add-days");
const { reminderWindowDays } = await import("@/server/exit-entry/remind-expiring-documents");

const client = new pg.Client({ connectionString: copy.url });
await client.connect();
const count = async (sql: string, params: unknown[] = []) =>
  Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);

/**
 * Written here from the rules, not taken from the services: an independent count to check the jobs against.
 * Approvals collected at the window whose 60-day deadline has passed.
 */
const pastDeadlineSql = `select count(*) as n from applications
  where state = 'approved' and delivery->>'method' = 'window' and window_deadline < $1::date`;

type Measured = { seconds: number; items: number; sms: number; peakRssMb: number; result: Record<string, unknown> };

/** One run of a function from its run-requested event, with the process's peak resident memory sampled every 20 ms. */
async function measure(
  runner: InstanceType<typeof InProcessRunner>,
  functionId: string,
  attempt: number,
): Promise<Measured> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  const [outcome] = await runner.dispatch({
    name: runRequestedEvent(functionId),
    id: `bench:${functionId}:${attempt}:${Date.now()}`,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (outcome?.status !== "succeeded")
    throw new Error(`${functionId} run ${attempt} failed: ${outcome?.error ?? "not started"}`);
  const result = outcome.result as { itemsProcessed: number; smsQueued: number } & Record<string, unknown>;
  return { seconds, items: result.itemsProcessed, sms: result.smsQueued, peakRssMb: peak / 2 ** 20, result };
}

try {
  const today = chinaToday();
  const documents = await count(`select count(*) as n from travel_documents`);
  // The reminder rule restated in SQL, as an independent count for the check after the runs.
  const dueReminders = await count(
    `select count(*) as n from travel_documents d join users u on u.resident_id = d.resident_id
      where d.status = 'valid' and d.expiry_date between $1::date and $2::date
        and u.status = 'active' and 'citizen' = any(u.roles) and u.phone_enc is not null`,
    [today, addDays(today, reminderWindowDays)],
  );
  const approved = await count(`select count(*) as n from applications where state = 'approved'`);
  const dueExpiries = await count(pastDeadlineSql, [today]);

  const runner = new InProcessRunner({ functions: [travelDocumentReminders, windowDeadlines], db: getDb });
  const rows: (string | number)[][] = [];
  const add = (name: string, run: string, m: Measured, detail: string) =>
    rows.push([
      name,
      run,
      m.seconds.toFixed(1),
      m.items.toLocaleString("en"),
      m.sms.toLocaleString("en"),
      m.seconds > 0 ? Math.round(m.items / m.seconds).toLocaleString("en") : "—",
      m.peakRssMb.toFixed(0),
      detail,
    ]);

  const reminders1 = await measure(runner, travelDocumentReminders.id(), 1);
  const reminders2 = await measure(runner, travelDocumentReminders.id(), 2);
  const reminderSms = await count(`select count(*) as n from sms_messages where template = 'travel_document_expiring'`);
  if (reminderSms !== dueReminders || reminders1.sms !== dueReminders || reminders2.sms !== 0) {
    throw new Error(
      `reminders: ${dueReminders} due, ${reminderSms} SMS in the outbox, ${reminders2.sms} queued by the second run`,
    );
  }
  const reminderTarget = `${reminders1.seconds <= 60 ? "✓" : "✗"} ≤ 60 s`;
  add(
    "exit-entry 90-day reminders",
    "first",
    reminders1,
    `${reminderTarget} (${dueReminders.toLocaleString("en")} due of ${documents.toLocaleString("en")} documents)`,
  );
  add(
    "exit-entry 90-day reminders",
    "second, same day",
    reminders2,
    `${reminders2.sms === 0 ? "✓" : "✗"} sends nothing`,
  );

  const deadlines1 = await measure(runner, windowDeadlines.id(), 1);
  const deadlines2 = await measure(runner, windowDeadlines.id(), 2);
  const left = await count(pastDeadlineSql, [today]);
  if (deadlines1.result.expired !== dueExpiries || left !== 0 || deadlines2.sms !== 0) {
    throw new Error(
      `window deadlines: ${dueExpiries} due, ${String(deadlines1.result.expired)} expired, ${left} left, ${deadlines2.sms} SMS on the rerun`,
    );
  }
  add(
    "household 60-day window deadlines",
    "first",
    deadlines1,
    `${Number(deadlines1.result.expired).toLocaleString("en")} expired, ${Number(deadlines1.result.reminded).toLocaleString("en")} reminded, of ${approved.toLocaleString("en")} approved`,
  );
  add(
    "household 60-day window deadlines",
    "second, same day",
    deadlines2,
    `${deadlines2.sms === 0 ? "✓" : "✗"} sends nothing`,
  );

  for (const row of rows) console.log(row.join(" · "));
  writeBenchmarkSection(
    "jobs",
    `## Scheduled jobs (\`npm run bench:jobs\`)\n\n` +
      `Each function started by its run-requested event through the in-process runner (as the ops page's "run now"), on a ` +
      `copy of the bench database, then once more the same day. Items are documents or applications handled, SMS the texts ` +
      `queued in the outbox; memory is the peak resident size of the Node process running the job (PostgreSQL's own not counted). ` +
      `Checked after the runs: every due document has exactly one reminder SMS, no approval past its deadline is left, and the ` +
      `second runs queued nothing.\n\n` +
      table(["job", "run", "seconds", "items", "SMS", "items/s", "peak RSS MB", "target / check"], rows) +
      `\n\n${machineLine()}`,
  );
} finally {
  await client.end();
  await (await getDbHandle()).close();
  await copy.drop();
}
