/**
 * Benchmark (not a test): the exit-entry expiry reminder job over a million generated documents on
 * PostgreSQL. Creates a scratch database on the server of BENCH_DATABASE_URL (default the local test
 * server), fills it with generate_series, times a full run of the reminder batches and a second run
 * that finds nothing left, checks that every due document got exactly one SMS, writes the figures to
 * BENCHMARKS.md ("Exit-entry reminders") and drops the database (BENCH_KEEP=1 keeps it).
 *
 *   npm run bench:reminders            # 1,000,000 documents
 *   BENCH_DOCUMENTS=200000 npm run bench:reminders
 */
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import pg from "pg";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const documents = Number(process.env.BENCH_DOCUMENTS ?? 1_000_000);
/** Share of holders with a citizen account, roughly what a mature deployment would see. */
const registeredShare = 0.3;
const keep = process.env.BENCH_KEEP === "1";

// Synthetic people only: a throwaway key, never the app's own.
process.env.PII_KEY ??= randomBytes(32).toString("base64");
process.env.DATABASE_DRIVER = "pg";

const { openDb, migrateDb } = await import("@/db/client");
const { encryptPii } = await import("@/server/crypto/pii");
const { chinaToday } = await import("@/server/dates/china-today");
const { addDays } = await import("@/server/dates/add-days");
const { remindExpiringDocuments, reminderBatchSize, reminderWindowDays } = await import("@/server/exit-entry/remind-expiring-documents");

function urlFor(database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const name = `jingmin_bench_reminders_${Math.floor(Date.now() / 1000)}`;
await admin((c) => c.query(`CREATE DATABASE ${name}`));
const handle = await openDb(urlFor(name), "pg");
try {
  await migrateDb(handle);
  const pool = new pg.Pool({ connectionString: urlFor(name), max: 1 });
  const sql = async (text: string, values: unknown[] = []) => pool.query(text, values);
  const today = chinaToday();
  const phoneEnc = encryptPii("13900000000");

  let t = performance.now();
  await sql(`INSERT INTO org_units (code, name, name_en, level, path) VALUES ('419999', '基准测试分局', 'Benchmark bureau', 'county', '/419999/')`);
  await sql(
    `INSERT INTO households (household_number, address, org_unit_id)
     SELECT 'B' || lpad(g::text, 10, '0'), '基准测试地址', (SELECT id FROM org_units WHERE code = '419999') FROM generate_series(1, 1000) g`,
  );
  await sql(
    `INSERT INTO residents (id_number_enc, id_number_hash, name, sex, birth_date, household_id, relation_to_head)
     SELECT 'x', md5('r' || g), '测试', 'M', date '1980-01-01', h.id, '户主'
     FROM generate_series(1, $1::int) g
     JOIN households h ON h.household_number = 'B' || lpad((1 + g % 1000)::text, 10, '0')`,
    [documents],
  );
  // Expiry dates spread evenly over ten years around today; one in fifty cancelled or lost.
  await sql(
    `INSERT INTO travel_documents (resident_id, type, document_number, issue_date, expiry_date, status, issuing_authority)
     SELECT r.id,
            (ARRAY['passport','hk_macau_permit','taiwan_permit']::travel_document_type[])[(1 + n % 3)::int],
            'E' || lpad(n::text, 9, '0'),
            $1::date - 3650 + ((n * 7919) % 3650)::int,
            $1::date - 365 + ((n * 7919) % 3650)::int,
            CASE WHEN n % 50 = 0 THEN 'cancelled'::travel_document_status WHEN n % 50 = 1 THEN 'lost' ELSE 'valid' END,
            '基准测试出入境管理局'
     FROM (SELECT id, row_number() OVER () AS n FROM residents) r`,
    [today],
  );
  await sql(
    `INSERT INTO users (roles, name, phone_hash, phone_enc, resident_id, verification, password_hash)
     SELECT ARRAY['citizen']::role[], '测试', md5('p' || r.id), $1, r.id, 'verified', 'x'
     FROM residents r WHERE random() < $2`,
    [phoneEnc, registeredShare],
  );
  await sql("ANALYZE");
  const generateMs = performance.now() - t;

  const [{ due }] = (
    await sql(
      `SELECT count(*)::int AS due FROM travel_documents d JOIN users u ON u.resident_id = d.resident_id
       WHERE d.status = 'valid' AND d.expiry_date BETWEEN $1::date AND $2::date`,
      [today, addDays(today, reminderWindowDays)],
    )
  ).rows as [{ due: number }];

  async function fullRun() {
    const start = performance.now();
    let after = null;
    let batches = 0;
    let processed = 0;
    let smsQueued = 0;
    let slowest = 0;
    for (;;) {
      const b0 = performance.now();
      const batch = await remindExpiringDocuments(handle.db, { after });
      slowest = Math.max(slowest, performance.now() - b0);
      batches++;
      processed += batch.processed;
      smsQueued += batch.smsQueued;
      after = batch.cursor;
      if (!batch.more) break;
    }
    return { ms: performance.now() - start, batches, processed, smsQueued, slowest };
  }

  // Other work on the machine skews every figure; the load average says how much.
  const [loadBefore = 0] = os.loadavg();
  const first = await fullRun();
  const second = await fullRun();
  const [{ dup }] = (await sql("SELECT count(*)::int AS dup FROM (SELECT idempotency_key FROM sms_messages GROUP BY 1 HAVING count(*) > 1) x")).rows as [{ dup: number }];
  const [{ sms }] = (await sql("SELECT count(*)::int AS sms FROM sms_messages WHERE template = 'travel_document_expiring'")).rows as [{ sms: number }];
  if (sms !== due || dup !== 0 || second.smsQueued !== 0) {
    throw new Error(`check failed: ${due} due, ${sms} SMS, ${dup} duplicated keys, ${second.smsQueued} on the rerun`);
  }

  const [{ server_version: version }] = (await sql("SHOW server_version")).rows as [{ server_version: string }];
  const lines = [
    "## Exit-entry reminders",
    "",
    `\`npm run bench:reminders\` on ${new Date().toISOString().slice(0, 10)}: PostgreSQL ${version}, ${os.cpus().length} cores (1-minute load average ${loadBefore.toFixed(1)} when the runs started), Node ${process.version}.`,
    `${documents.toLocaleString("en")} travel documents (expiry dates spread over ten years, 2 % cancelled or lost), ${Math.round(registeredShare * 100)} % of holders registered; batches of ${reminderBatchSize}.`,
    "",
    "| run | time | batches | documents reminded | SMS queued | slowest batch |",
    "|---|---|---|---|---|---|",
    `| first (${due.toLocaleString("en")} due) | ${seconds(first.ms)} s | ${first.batches} | ${first.processed.toLocaleString("en")} | ${first.smsQueued.toLocaleString("en")} | ${first.slowest.toFixed(0)} ms |`,
    `| second, same day | ${seconds(second.ms)} s | ${second.batches} | ${second.processed} | ${second.smsQueued} | ${second.slowest.toFixed(0)} ms |`,
    "",
    `Generating the data took ${seconds(generateMs)} s. Checked after the runs: every due document has exactly one SMS, no idempotency key twice, and the second run queued nothing.`,
    "",
  ];
  const file = "BENCHMARKS.md";
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\n";
  const section = /## Exit-entry reminders\n[\s\S]*?(?=\n## |$)/;
  const next = section.test(current) ? current.replace(section, lines.join("\n")) : `${current.trimEnd()}\n\n${lines.join("\n")}`;
  writeFileSync(file, next.endsWith("\n") ? next : `${next}\n`);
  console.log(lines.join("\n"));
  await pool.end();
} finally {
  await handle.close();
  if (!keep) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
