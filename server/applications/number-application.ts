import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, applications } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { applicationNumberPrefix, bumpDayCounter } from "@/server/numbering/next-application-number";

/**
 * Gives a submitted application its number, "HN" + China date + the day's 6-digit sequence, in one
 * statement that bumps the day's counter and stamps the row. The counter row stays locked until the
 * submitting transaction ends, so every other submission of the day waits for it: callers number as late
 * as they can, and a rolled-back submission gives its number back, keeping the day's numbers gap-free.
 */
export async function numberApplication(tx: Tx, p: { application: Application; now: Date }): Promise<Application> {
  const day = chinaToday(p.now);
  const bumped = tx.$with("bumped").as(bumpDayCounter(tx, day));
  const [row] = await tx
    .with(bumped)
    .update(applications)
    .set({ number: sql`${applicationNumberPrefix(day)} || lpad(${bumped.last}::text, 6, '0')` })
    .from(bumped)
    .where(eq(applications.id, p.application.id))
    .returning({ number: applications.number });
  if (!row?.number) throw new Error("application not numbered");
  return { ...p.application, number: row.number };
}
