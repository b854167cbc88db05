import "server-only";
import { inArray, like, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * Citizen sign-in failures slow the guesser down instead of locking the account: a lock that anyone can
 * trigger with five requests shuts the owner out, and one that only registered phones get tells which
 * phones are registered. Failures are counted per phone (registered or not, alike) and per source (the
 * phone with one client address); after `free` failures in a row each further one makes the next try
 * wait twice as long, up to `maxSeconds`. The per-phone count covers passwords only: an SMS code is
 * already spent after five wrong tries, so guessing from many addresses cannot shut the owner out of
 * SMS-code sign-in.
 */
export const signInThrottleRules = {
  perSource: { free: 5, baseSeconds: 30 },
  perPhone: { free: 10, baseSeconds: 60 },
  maxSeconds: 15 * 60,
  /** A run of failures older than this is forgotten. */
  forgetAfterSeconds: 24 * 60 * 60,
} as const;

type Counter = { key: string; free: number; baseSeconds: number };

export type CitizenSignInChannel = "citizen_password" | "citizen_code";

const prefix = "sign-in:";

/** The counters one citizen sign-in attempt is judged by; `phoneHash` is the keyed hash of the phone typed. */
export function citizenSignInCounters(channel: CitizenSignInChannel, phoneHash: string, ip: string | null): Counter[] {
  const source = {
    key: `${prefix}${channel}:${phoneHash}:source:${ip ?? "unknown"}`,
    ...signInThrottleRules.perSource,
  };
  if (channel === "citizen_code") return [source];
  return [source, { key: phoneCounterKey(phoneHash), ...signInThrottleRules.perPhone }];
}

function phoneCounterKey(phoneHash: string) {
  return `${prefix}citizen_password:${phoneHash}:phone`;
}

function waitSeconds(failures: number, counter: Pick<Counter, "free" | "baseSeconds">) {
  if (failures < counter.free) return 0;
  return Math.min(signInThrottleRules.maxSeconds, counter.baseSeconds * 2 ** (failures - counter.free));
}

async function readCounters(db: Db, keys: string[], now: Date) {
  const forgetBefore = new Date(now.getTime() - signInThrottleRules.forgetAfterSeconds * 1000);
  const rows = await db.select().from(rateLimits).where(inArray(rateLimits.key, keys));
  return rows.filter((r) => r.windowStart > forgetBefore);
}

/** Until when the counters make a caller wait, or null. */
async function blockedUntil(db: Db, counters: Counter[], now: Date): Promise<Date | null> {
  const rows = await readCounters(
    db,
    counters.map((c) => c.key),
    now,
  );
  let until: number | null = null;
  for (const row of rows) {
    const counter = counters.find((c) => c.key === row.key);
    if (!counter) continue;
    const end = row.windowStart.getTime() + waitSeconds(row.count, counter) * 1000;
    if (end > now.getTime() && (until === null || end > until)) until = end;
  }
  return until === null ? null : new Date(until);
}

/** Refuses the attempt while a counter makes it wait, before any secret is checked. */
export async function assertSignInNotThrottled(db: Db, counters: Counter[], now: Date): Promise<void> {
  const until = await blockedUntil(db, counters, now);
  if (until) throw new DomainError("RATE_LIMITED", { seconds: Math.ceil((until.getTime() - now.getTime()) / 1000) });
}

/** Counts one failure on every counter: `window_start` holds the time of the latest failure. */
export async function countSignInFailure(db: Db, counters: Counter[], now: Date): Promise<void> {
  const forgetBefore = new Date(now.getTime() - signInThrottleRules.forgetAfterSeconds * 1000);
  for (const { key } of counters) {
    await db
      .insert(rateLimits)
      .values({ key, count: 1, windowStart: now })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`case when ${rateLimits.windowStart} > ${forgetBefore.toISOString()}::timestamptz then ${rateLimits.count} + 1 else 1 end`,
          windowStart: now,
        },
      });
  }
}

/** A successful sign-in proves the owner: their counters start afresh. */
export async function clearSignInFailures(db: Db, counters: Counter[]): Promise<void> {
  await db.delete(rateLimits).where(
    inArray(
      rateLimits.key,
      counters.map((c) => c.key),
    ),
  );
}

/** Until when password sign-in to this phone's account waits for everyone (the window desk shows it), or null. */
export function phonePasswordBlockedUntil(db: Db, phoneHash: string, now: Date): Promise<Date | null> {
  return blockedUntil(db, [{ key: phoneCounterKey(phoneHash), ...signInThrottleRules.perPhone }], now);
}

/** Forgets every failure counted against the phone, from every source: the window desk's unlock. */
export async function clearPhoneSignInFailures(db: Db, phoneHash: string): Promise<void> {
  await db.delete(rateLimits).where(like(rateLimits.key, `${prefix}%:${phoneHash}:%`));
}
