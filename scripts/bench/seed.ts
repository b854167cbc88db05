import { parseArgs } from "node:util";
import pg from "pg";
import { benchDatabaseName, benchDatabaseUrl, benchSecrets, benchServerUrl, useBenchEnv } from "./bench-env";
import { benchIdFunction, residentsFor } from "./bench-ids";
import { buildSlots } from "./bench-slots";
import { withBulkLoad } from "./bulk-load";
import { machineLine, table, writeBenchmarkSection } from "./benchmarks-file";
import { generateApplications } from "./generate-applications";
import { generateCases } from "./generate-cases";
import { generatePeople } from "./generate-people";
import { generateRegisters } from "./generate-registers";

/**
 * `npm run bench:seed -- --users 11000000`: a provincial-scale database for the benchmarks, on the local
 * PostgreSQL server (never the app's). Recreates it from scratch each time.
 */
const { values } = parseArgs({ options: { users: { type: "string", default: "100000" } } });
const users = Number(values.users);
if (!Number.isInteger(users) || users < 1000) throw new Error("--users must be a whole number of at least 1000");

useBenchEnv();
const { migrateDb, openDb } = await import("@/db/client");
const { seedDatabase } = await import("@/server/seed/seed-database");

const admin = new pg.Client({ connectionString: benchServerUrl });
await admin.connect();
await admin.query(`drop database if exists ${benchDatabaseName} with (force)`);
await admin.query(`create database ${benchDatabaseName}`);
await admin.end();

const url = benchDatabaseUrl();
const handle = await openDb(url, "pg");
await migrateDb(handle);
await seedDatabase(handle.db);
await handle.close();

const client = new pg.Client({ connectionString: url });
await client.connect();
const results: (string | number)[][] = [];
const report = (name: string, rows: number, ms: number) => {
  const perSecond = Math.round(rows / (ms / 1000));
  results.push([name, rows.toLocaleString("en"), (ms / 1000).toFixed(1), perSecond.toLocaleString("en")]);
  console.log(
    `${name}: ${rows.toLocaleString("en")} rows in ${(ms / 1000).toFixed(1)} s (${perSecond.toLocaleString("en")} rows/s)`,
  );
};

const started = performance.now();
await client.query(benchIdFunction);
const slots = await buildSlots(client);
const residents = residentsFor(users);
const bigTables = [
  "households",
  "residents",
  "users",
  "travel_documents",
  "vehicles",
  "driving_licences",
  "traffic_violations",
  "applications",
  "application_events",
  "cases",
  "case_query_persons",
  "case_nodes",
];
let loaded = 0;
await withBulkLoad(client, bigTables, async () => {
  await generatePeople(client, url, { residents, slots, piiKey: benchSecrets.PII_KEY, report });
  await generateRegisters(client, { residents, report });
  await generateApplications(client, { residents, report });
  await generateCases(client, { residents, piiKey: benchSecrets.PII_KEY, report });
  loaded = performance.now();
});
const indexSeconds = (performance.now() - loaded) / 1000;
console.log(`indexes and unique constraints rebuilt in ${indexSeconds.toFixed(1)} s`);
const analyzeStarted = performance.now();
await client.query("analyze");
const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;
console.log(`analyze: ${analyzeSeconds.toFixed(1)} s`);
const size = await client.query<{ size: string }>(
  `select pg_size_pretty(pg_database_size(current_database())) as size`,
);
await client.end();
const total = (performance.now() - started) / 1000;
console.log(`done in ${total.toFixed(0)} s; database size ${size.rows[0]?.size}`);

writeBenchmarkSection(
  "seed",
  `## Synthetic data (\`npm run bench:seed -- --users ${users}\`)\n\n${table(["table", "rows", "seconds", "rows/s"], results)}\n\n` +
    `Then secondary indexes and unique constraints rebuilt in ${indexSeconds.toFixed(0)} s and ANALYZE in ${analyzeSeconds.toFixed(0)} s. ` +
    `Total ${total.toFixed(0)} s, database ${size.rows[0]?.size} on disk. ${machineLine()}`,
);
