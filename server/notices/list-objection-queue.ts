import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections, notices } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

/**
 * Objections to notices of units in the officer's jurisdiction: open ones by due time (the most urgent first),
 * or the latest answered. No objector identity here; the notice's page shows it masked.
 */
export async function listObjectionQueue(db: Db, p: { scope: Jurisdiction; view: "open" | "answered" }) {
  return db
    .select({
      id: noticeObjections.id,
      state: noticeObjections.state,
      body: noticeObjections.body,
      dueAt: noticeObjections.dueAt,
      createdAt: noticeObjections.createdAt,
      answeredAt: noticeObjections.answeredAt,
      notice: { id: notices.id, title: notices.title },
    })
    .from(noticeObjections)
    .innerJoin(notices, eq(notices.id, noticeObjections.noticeId))
    .where(and(withinScope(p.scope, noticeObjections.handlingPath), eq(noticeObjections.state, p.view)))
    .orderBy(p.view === "open" ? asc(noticeObjections.dueAt) : desc(noticeObjections.answeredAt))
    .limit(200);
}
