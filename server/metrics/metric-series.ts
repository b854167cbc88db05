import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { chinaTimeZone } from "@/server/dates/china-time-zone";
import { subtreePattern } from "@/server/orgs/scope";
import { supervisedStates } from "@/server/supervision/idle-deadline";

/** The window a metric is computed over: China days, inclusive, and the org subtree (path prefix). */
export type MetricWindow = { start: Date; end: Date; path: string; province: boolean };

export type DayCount = { day: string; value: number };

/** `yyyy-MM-dd` of a timestamp column in China time, for grouping by day. */
const chinaDay = (column: string) => sql.raw(`to_char(${column} at time zone '${chinaTimeZone}', 'YYYY-MM-DD')`);

/** Rows of a raw aggregate; every driver (pg, Neon, PGlite) answers with `rows`, typed per driver. */
export async function selectRows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as { rows: T[] }).rows;
}

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<DayCount[]> {
  return (await selectRows<{ day: string; value: string | number }>(db, query)).map((r) => ({
    day: r.day,
    value: Number(r.value),
  }));
}

/** Timeline events of applications handled in the subtree, per day, matching a condition on the event. */
function eventCount(condition: ReturnType<typeof sql>) {
  return (db: Db, w: MetricWindow) =>
    rows(
      db,
      sql`select ${chinaDay("e.at")} as day, count(*) as value
        from application_events e join applications a on a.id = e.application_id
        where a.station_path like ${subtreePattern(w.path)} and e.at >= ${w.start.toISOString()}::timestamptz and e.at < ${w.end.toISOString()}::timestamptz
          and ${condition}
        group by 1`,
    );
}

const supervised = sql.join(
  supervisedStates.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Stays in a supervised state that went past their deadline, counted on the day the deadline passed. The
 * deadline is read now from the SLA rules (as the supervision page does), for the current stay of every
 * item and for earlier stays ended by the next change of state; the hourly alert job's mark plays no part,
 * so an item is counted as soon as it is overdue. Only stays that began within the longest rule before the
 * window can have their deadline inside it.
 */
function overdueStays(db: Db, w: MetricWindow) {
  const earliest = sql`${w.start.toISOString()}::timestamptz - (select coalesce(max(max_idle_hours), 0) from queue_sla_rules) * interval '1 hour'`;
  return rows(
    db,
    sql`with stays as (
        select a.service_id, a.state::text as state, a.state_since as since, null::timestamptz as until
        from applications a
        where a.station_path like ${subtreePattern(w.path)} and a.state::text in (${supervised}) and a.state_since >= ${earliest}
        union all
        select a.service_id, e.to_state::text, e.at, ended.at
        from application_events e
        join applications a on a.id = e.application_id
        cross join lateral (
          select min(n.at) as at from application_events n
          where n.application_id = e.application_id and (n.at, n.id) > (e.at, e.id) and n.to_state is distinct from e.to_state
        ) ended
        where a.station_path like ${subtreePattern(w.path)} and e.to_state::text in (${supervised}) and e.from_state is distinct from e.to_state
          and e.at >= ${earliest} and e.at < ${w.end.toISOString()}::timestamptz and ended.at is not null
      ), deadlines as (
        select s.until, (
          select s.since + r.max_idle_hours * interval '1 hour' from queue_sla_rules r
          where r.state::text = s.state and (r.service_id = s.service_id or r.service_id is null)
          order by r.service_id nulls last limit 1
        ) as deadline
        from stays s
      )
      select ${chinaDay("deadline")} as day, count(*) as value from deadlines
      where deadline >= ${w.start.toISOString()}::timestamptz and deadline < ${w.end.toISOString()}::timestamptz
        and deadline < coalesce(until, now())
      group by 1`,
  );
}

export type MetricSeries = {
  /** Applies only to the whole province: texts and accounts belong to no unit. */
  provinceOnly: boolean;
  query: (db: Db, w: MetricWindow) => Promise<DayCount[]>;
};

/**
 * Every daily series the metrics page charts, each one SQL aggregate over indexed events. A new series
 * (accidents handled, say) is one more entry here plus its label.
 */
export const metricSeries = {
  received: { provinceOnly: false, query: eventCount(sql`e.action = 'submit'`) },
  decided: {
    provinceOnly: false,
    query: eventCount(sql`e.action in ('approve', 'station_approve', 'reject', 'auto_approve', 'auto_complete')`),
  },
  completed: { provinceOnly: false, query: eventCount(sql`e.to_state = 'completed' and e.from_state <> 'completed'`) },
  voided: { provinceOnly: false, query: eventCount(sql`e.to_state = 'voided' and e.from_state <> 'voided'`) },
  expired: { provinceOnly: false, query: eventCount(sql`e.to_state = 'expired' and e.from_state <> 'expired'`) },
  slaBreaches: { provinceOnly: false, query: overdueStays },
  smsSent: {
    provinceOnly: true,
    query: (db, w) =>
      rows(
        db,
        sql`select ${chinaDay("created_at")} as day, count(*) as value from sms_messages
          where status in ('sent', 'delivered') and created_at >= ${w.start.toISOString()}::timestamptz and created_at < ${w.end.toISOString()}::timestamptz
          group by 1`,
      ),
  },
  smsFailed: {
    provinceOnly: true,
    query: (db, w) =>
      rows(
        db,
        sql`select ${chinaDay("created_at")} as day, count(*) as value from sms_messages
          where status = 'failed' and created_at >= ${w.start.toISOString()}::timestamptz and created_at < ${w.end.toISOString()}::timestamptz
          group by 1`,
      ),
  },
  registered: {
    provinceOnly: true,
    query: (db, w) =>
      rows(
        db,
        sql`select ${chinaDay("at")} as day, count(*) as value from audit_log
          where action = 'account.registered' and outcome = 'ok' and at >= ${w.start.toISOString()}::timestamptz and at < ${w.end.toISOString()}::timestamptz
          group by 1`,
      ),
  },
  verified: {
    provinceOnly: true,
    query: (db, w) =>
      rows(
        db,
        sql`select ${chinaDay("at")} as day, count(*) as value from audit_log
          where outcome = 'ok' and at >= ${w.start.toISOString()}::timestamptz and at < ${w.end.toISOString()}::timestamptz
            and (action = 'account.verify_at_window' or (action = 'account.registered' and details->>'verification' = 'verified'))
          group by 1`,
      ),
  },
} as const satisfies Record<string, MetricSeries>;

export type MetricKey = keyof typeof metricSeries;
export const metricKeys = Object.keys(metricSeries) as MetricKey[];
