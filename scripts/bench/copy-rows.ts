import { spawn } from "node:child_process";
import { once } from "node:events";

/**
 * Streams CSV rows into one table through psql's `\copy … FROM STDIN`: the bulk path PostgreSQL ingests
 * fastest, without a COPY client library; foreign-key triggers are off as in `withBulkLoad`. Waits for the
 * pipe to drain, so memory stays flat however many rows there are.
 */
export async function copyRows(url: string, table: string, columns: readonly string[], rows: Iterable<string>) {
  const psql = spawn(
    "psql",
    [
      url,
      "-v",
      "ON_ERROR_STOP=1",
      "-q",
      "-c",
      "set session_replication_role = replica",
      "-c",
      `\\copy ${table} (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`,
    ],
    { stdio: ["pipe", "inherit", "inherit"] },
  );
  const exited = once(psql, "exit");
  let chunk = "";
  for (const row of rows) {
    chunk += row;
    chunk += "\n";
    if (chunk.length > 1 << 20) {
      if (!psql.stdin.write(chunk)) await once(psql.stdin, "drain");
      chunk = "";
    }
  }
  psql.stdin.end(chunk);
  const [code] = await exited;
  if (code !== 0) throw new Error(`psql \\copy into ${table} failed with exit code ${code}`);
}

/** A CSV field: quoted only when it must be. */
export function csv(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
