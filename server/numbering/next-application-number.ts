import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { applicationNumberCounters } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";

/** "HN" + China date: the part of an application number (household and exit-entry alike) before the day's sequence. */
export function applicationNumberPrefix(day: string): string {
  return `HN${day.replaceAll("-", "")}`;
}

/**
 * Bumps the day's counter (created at 1 by the day's first number) and returns its new value; left
 * unawaited so numberApplication can embed it in its own statement.
 */
export function bumpDayCounter(tx: Tx, day: string) {
  return tx
    .insert(applicationNumberCounters)
    .values({ day, last: 1 })
    .onConflictDoUpdate({
      target: applicationNumberCounters.day,
      set: { last: sql`${applicationNumberCounters.last} + 1` },
    })
    .returning({ last: applicationNumberCounters.last });
}

/**
 * "HN" + China date + a 6-digit daily sequence, e.g. HN20261127000042. The counter row is bumped inside the
 * caller's transaction, so a rolled-back one gives its number back and numbers stay gap-free per day; the
 * row stays locked until that transaction ends, so other numberings of the day wait for it (see
 * numberApplication for the submit path, which numbers last).
 */
export async function nextApplicationNumber(tx: Tx, now: Date = new Date()): Promise<string> {
  const day = chinaToday(now);
  const [row] = await bumpDayCounter(tx, day);
  if (!row) throw new Error("application counter not bumped");
  return `${applicationNumberPrefix(day)}${String(row.last).padStart(6, "0")}`;
}
