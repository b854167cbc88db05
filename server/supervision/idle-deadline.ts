import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { ApplicationState } from "@/db/schema";

/** The queue states a supervisor follows: someone at the police is due to act. */
export const supervisedStates = ["station_review", "county_review"] as const satisfies readonly ApplicationState[];

/**
 * When an application's current stay stops being acceptable: state entry plus the idle limit of the
 * service's own rule for the state, or the state's default rule; null when neither exists. One SQL
 * expression, so "overdue" is filtered, counted and grouped in the database. The columns are named in
 * full because the rule subquery has a `state` column of its own.
 */
export const idleDeadline: SQL<Date | null> = sql<Date | null>`(
  select "applications"."state_since" + r.max_idle_hours * interval '1 hour'
  from queue_sla_rules r
  where r.state = "applications"."state" and (r.service_id = "applications"."service_id" or r.service_id is null)
  order by r.service_id nulls last
  limit 1
)`;

export function idleSince(now: Date): SQL {
  return sql`${idleDeadline} < ${now.toISOString()}::timestamptz`;
}
