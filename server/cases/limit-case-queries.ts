import "server-only";
import { and, gt, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { caseQueryRules } from "./case-query-rules";

/**
 * Counts one query attempt for the account, the IP address and the query number typed. Once any of them
 * passes its hourly limit, it is locked for a full hour from then (a lock row beside the counter), and the
 * user is told until when. Locks are checked first, so attempts during a lock do not extend it.
 */
export async function limitCaseQueries(
  db: Db,
  params: { userId: string; ip: string | null; numberHash: string; now: Date },
): Promise<void> {
  const { now } = params;
  const counters = [
    { key: `case-query:user:${params.userId}`, limit: caseQueryRules.perAccount },
    { key: `case-query:ip:${params.ip ?? "unknown"}`, limit: caseQueryRules.perIp },
    { key: `case-query:number:${params.numberHash}`, limit: caseQueryRules.perNumber },
  ];
  const lockMs = caseQueryRules.lockSeconds * 1000;
  const locks = await db
    .select({ windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(
      and(
        inArray(
          rateLimits.key,
          counters.map((c) => `${c.key}:lock`),
        ),
        gt(rateLimits.windowStart, new Date(now.getTime() - lockMs)),
      ),
    );
  if (locks.length) {
    const lockedAt = Math.max(...locks.map((l) => l.windowStart.getTime()));
    throw locked(new Date(lockedAt + lockMs));
  }

  const exceeded: string[] = [];
  for (const counter of counters) {
    const result = await rateLimit(
      db,
      { key: counter.key, limit: counter.limit, windowSeconds: caseQueryRules.windowSeconds },
      now,
    );
    if (!result.allowed) exceeded.push(counter.key);
  }
  if (!exceeded.length) return;
  for (const key of exceeded) {
    await db
      .insert(rateLimits)
      .values({ key: `${key}:lock`, count: 1, windowStart: now })
      .onConflictDoUpdate({ target: rateLimits.key, set: { count: 1, windowStart: now } });
  }
  throw locked(new Date(now.getTime() + lockMs));
}

function locked(until: Date) {
  return new DomainError("CASE_QUERY_LOCKED", { until: chinaDateTime(until).slice(0, 16) });
}
