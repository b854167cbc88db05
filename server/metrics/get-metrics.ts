import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits } from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope, subtreePattern } from "@/server/orgs/scope";
import { type MetricKey, type MetricWindow, metricKeys, metricSeries, selectRows } from "./metric-series";

/** The longest range a chart covers: a year of days is still one small aggregate per series. */
export const maxMetricDays = 366;

export type StateDuration = { state: string; stays: number; medianHours: number | null; p90Hours: number | null };

export type Metrics = {
  unit: { id: number; code: string; name: string; nameEn: string | null; level: string };
  /** The unit above, while it is still inside the viewer's jurisdiction: the way back up the drill-down. */
  parent: { id: number; code: string; name: string; nameEn: string | null } | null;
  days: string[];
  series: { key: MetricKey; values: number[]; total: number }[];
  durations: StateDuration[];
  /** The units one level down, with their totals over the range, to drill into. */
  children: {
    id: number;
    code: string;
    name: string;
    nameEn: string | null;
    received: number;
    decided: number;
    completed: number;
  }[];
};

type ChildRow = {
  id: number;
  code: string;
  name: string;
  name_en: string | null;
  received: string | number;
  decided: string | number;
  completed: string | number;
};

function dayList(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to && days.length <= maxMetricDays; d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The metrics of one unit's subtree over a range of China days: each daily series (zero-filled), the
 * median and 90th percentile of time spent in each state for stays that ended in the range, and per-child
 * totals for the drill-down. A unit outside the viewer's jurisdiction is refused.
 */
export async function getMetrics(
  db: Db,
  p: { scope: Jurisdiction; unitId?: number; from: string; to: string },
): Promise<Metrics> {
  if (p.to < p.from || dayList(p.from, p.to).length > maxMetricDays)
    throw new DomainError("BAD_INPUT", {}, { to: "METRICS_RANGE" });
  const [unit] = await db
    .select()
    .from(orgUnits)
    .where(eq(orgUnits.id, p.unitId ?? p.scope.unitId));
  if (!unit) throw new DomainError("NOT_FOUND");
  if (!inScope(p.scope, unit.path)) throw new DomainError("OUT_OF_JURISDICTION");
  const [parent] = unit.parentId ? await db.select().from(orgUnits).where(eq(orgUnits.id, unit.parentId)) : [];

  const window: MetricWindow = {
    start: chinaDayBounds(p.from).start,
    end: chinaDayBounds(p.to).end,
    path: unit.path,
    province: unit.level === "province",
  };
  const days = dayList(p.from, p.to);
  const keys = metricKeys.filter((k) => window.province || !metricSeries[k].provinceOnly);
  const series = await Promise.all(
    keys.map(async (key) => {
      const byDay = new Map((await metricSeries[key].query(db, window)).map((r) => [r.day, r.value]));
      const values = days.map((d) => byDay.get(d) ?? 0);
      return { key, values, total: values.reduce((a, b) => a + b, 0) };
    }),
  );

  const durations = await selectRows<{ state: string; stays: string | number; median: unknown; p90: unknown }>(
    db,
    sql`
    with stays as (
      select e.from_state as state,
        extract(epoch from e.at - lag(e.at) over (partition by e.application_id order by e.at, e.id)) / 3600.0 as hours,
        e.at as left_at, e.from_state is distinct from e.to_state as moved
      from application_events e join applications a on a.id = e.application_id
      where a.station_path like ${subtreePattern(unit.path)}
    )
    select state, count(*) as stays,
      percentile_cont(0.5) within group (order by hours) as median,
      percentile_cont(0.9) within group (order by hours) as p90
    from stays
    where moved and hours is not null and state is not null and state <> 'draft'
      and left_at >= ${window.start.toISOString()}::timestamptz and left_at < ${window.end.toISOString()}::timestamptz
    group by state order by state`,
  );

  const children = await selectRows<ChildRow>(
    db,
    sql`
    select c.id, c.code, c.name, c.name_en,
      count(*) filter (where e.action = 'submit') as received,
      count(*) filter (where e.action in ('approve', 'station_approve', 'reject', 'auto_approve', 'auto_complete')) as decided,
      count(*) filter (where e.to_state = 'completed' and e.from_state <> 'completed') as completed
    from org_units c
    left join applications a on a.station_path like c.path || '%'
    left join application_events e on e.application_id = a.id
      and e.at >= ${window.start.toISOString()}::timestamptz and e.at < ${window.end.toISOString()}::timestamptz
    where c.parent_id = ${unit.id}
    group by c.id, c.code, c.name, c.name_en
    order by c.code`,
  );

  const round = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, nameEn: unit.nameEn, level: unit.level },
    parent:
      parent && inScope(p.scope, parent.path)
        ? { id: parent.id, code: parent.code, name: parent.name, nameEn: parent.nameEn }
        : null,
    days,
    series,
    durations: durations.map((r) => ({
      state: r.state,
      stays: Number(r.stays),
      medianHours: round(r.median),
      p90Hours: round(r.p90),
    })),
    children: children.map((r) => ({
      id: Number(r.id),
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      received: Number(r.received),
      decided: Number(r.decided),
      completed: Number(r.completed),
    })),
  };
}
