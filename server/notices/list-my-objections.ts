import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections, notices, orgUnits } from "@/db/schema";

/** The citizen's own objections with the units' answers, newest first: 我的异议. */
export async function listMyObjections(db: Db, p: { userId: string }) {
  return db
    .select({
      id: noticeObjections.id,
      state: noticeObjections.state,
      body: noticeObjections.body,
      dueAt: noticeObjections.dueAt,
      answer: noticeObjections.answer,
      answeredAt: noticeObjections.answeredAt,
      createdAt: noticeObjections.createdAt,
      notice: { id: notices.id, title: notices.title },
      unit: { name: orgUnits.name, nameEn: orgUnits.nameEn },
    })
    .from(noticeObjections)
    .innerJoin(notices, eq(notices.id, noticeObjections.noticeId))
    .innerJoin(orgUnits, eq(orgUnits.id, notices.publishingUnitId))
    .where(eq(noticeObjections.citizenId, p.userId))
    .orderBy(desc(noticeObjections.createdAt))
    .limit(100);
}
