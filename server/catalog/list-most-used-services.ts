import "server-only";
import { and, asc, desc, eq, gt, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceUsageEvents, services } from "@/db/schema";

/** Popularity looks back this far, so the list follows the season (e.g. exit permits before holidays). */
export const mostUsedWindowDays = 30;

/**
 * The enabled services used most over the recent window, by usage events of everyone (guests too).
 * Counted per service with a lateral subquery, so each count is one range scan of the
 * (service_id, at) index, instead of grouping the whole events table.
 */
export async function listMostUsedServices(
  db: Db,
  params: { now: Date; limit: number },
): Promise<{ serviceId: number; uses: number }[]> {
  const since = new Date(params.now.getTime() - mostUsedWindowDays * 24 * 3600 * 1000);
  const counts = db
    .select({ uses: sql<number>`count(*)::int`.as("uses") })
    .from(serviceUsageEvents)
    .where(and(eq(serviceUsageEvents.serviceId, services.id), gte(serviceUsageEvents.at, since)))
    .as("counts");
  return db
    .select({ serviceId: services.id, uses: counts.uses })
    .from(services)
    .innerJoinLateral(counts, sql`true`)
    .where(and(eq(services.enabled, true), gt(counts.uses, 0)))
    .orderBy(desc(counts.uses), asc(services.sortOrder), asc(services.id))
    .limit(params.limit);
}
