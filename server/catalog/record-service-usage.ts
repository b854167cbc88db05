import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceUsageEvents, userServiceUsage } from "@/db/schema";

export type UsageKind = "view" | "start" | "submit";

/**
 * Appends one usage event and keeps the user's rollup row current in the same transaction, so the
 * home page's recommendations read the small rollup and never disagree with the event history.
 */
export async function recordServiceUsage(
  db: Db,
  p: { userId: string; serviceId: number; kind: UsageKind; at?: Date },
): Promise<void> {
  const at = p.at ?? new Date();
  const counts = {
    views: p.kind === "view" ? 1 : 0,
    starts: p.kind === "start" ? 1 : 0,
    submits: p.kind === "submit" ? 1 : 0,
  };
  await db.transaction(async (tx) => {
    await tx.insert(serviceUsageEvents).values({ userId: p.userId, serviceId: p.serviceId, kind: p.kind, at });
    await tx
      .insert(userServiceUsage)
      .values({ userId: p.userId, serviceId: p.serviceId, ...counts, lastUsedAt: at })
      .onConflictDoUpdate({
        target: [userServiceUsage.userId, userServiceUsage.serviceId],
        set: {
          views: sql`${userServiceUsage.views} + ${counts.views}`,
          starts: sql`${userServiceUsage.starts} + ${counts.starts}`,
          submits: sql`${userServiceUsage.submits} + ${counts.submits}`,
          // Events may arrive out of order (a backfill, a slow request): the rollup keeps the latest.
          lastUsedAt: sql`greatest(${userServiceUsage.lastUsedAt}, excluded.last_used_at)`,
        },
      });
  });
}
