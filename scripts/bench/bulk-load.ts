import type pg from "pg";

type Saved = { table: string; name: string; kind: "constraint" | "index"; definition: string };

/**
 * Loads big tables the way PostgreSQL's manual recommends for a bulk load: secondary indexes and unique
 * constraints are dropped first and built once at the end (one sort instead of millions of random B-tree
 * inserts), and foreign-key triggers are skipped (`session_replication_role = replica`) because the
 * generator derives every reference from rows it has already written. Primary keys stay.
 */
export async function withBulkLoad<T>(
  client: pg.Client,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const saved: Saved[] = [];
  for (const table of tables) {
    const constraints = await client.query<{ name: string; definition: string }>(
      `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
        where conrelid = $1::regclass and contype = 'u'`,
      [table],
    );
    for (const c of constraints.rows) saved.push({ table, name: c.name, kind: "constraint", definition: c.definition });
    const indexes = await client.query<{ name: string; definition: string }>(
      `select i.relname as name, pg_get_indexdef(i.oid) as definition
         from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = $1::regclass and not x.indisprimary
          and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
      [table],
    );
    for (const i of indexes.rows) saved.push({ table, name: i.name, kind: "index", definition: i.definition });
  }
  for (const s of saved) {
    await client.query(
      s.kind === "constraint" ? `alter table ${s.table} drop constraint "${s.name}"` : `drop index "${s.name}"`,
    );
  }
  await client.query(`set session_replication_role = replica`);
  try {
    return await load();
  } finally {
    await client.query(`set session_replication_role = default`);
    await client.query(`set maintenance_work_mem = '1GB'`);
    for (const s of saved) {
      await client.query(
        s.kind === "constraint" ? `alter table ${s.table} add constraint "${s.name}" ${s.definition}` : s.definition,
      );
    }
  }
}
