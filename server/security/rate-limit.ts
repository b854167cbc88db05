import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

export type RateLimitRule = {
  /** Names the counter, e.g. `sms:phone:<hash>`; callers hash personal values before they reach a key. */
  key: string;
  limit: number;
  windowSeconds: number;
};

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Counts one hit in a fixed window that opens at the first hit after the previous window ended, so
 * "1 per 60 s" really means 60 s between allowed hits. One upsert does the read and the write, which
 * keeps the count exact when several instances hit the same key at once. Refused hits still count but
 * never extend the window.
 */
export async function rateLimit(db: Db, rule: RateLimitRule, now: Date = new Date()): Promise<RateLimitResult> {
  const windowOpenAfter = new Date(now.getTime() - rule.windowSeconds * 1000);
  const stillOpen = sql`${rateLimits.windowStart} > ${windowOpenAfter.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key: rule.key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${stillOpen} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`case when ${stillOpen} then ${rateLimits.windowStart} else ${now.toISOString()}::timestamptz end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  if (!row) throw new Error("rate limit upsert returned no row");
  const windowEnds = row.windowStart.getTime() + rule.windowSeconds * 1000;
  const allowed = row.count <= rule.limit;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)) };
}
