import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type NoticeState, notices, orgUnits, services, users } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

export const noticeDeskViews = ["drafts", "pending", "published", "ended"] as const;
export type NoticeDeskView = (typeof noticeDeskViews)[number];

const statesOf: Record<NoticeDeskView, NoticeState[]> = {
  drafts: ["draft"],
  pending: ["pending_approval"],
  published: ["published"],
  ended: ["expired", "archived", "withdrawn"],
};

/** The notices of units in the officer's jurisdiction, by desk tab. */
export async function listNoticeDesk(db: Db, p: { scope: Jurisdiction; view: NoticeDeskView }) {
  const drafter = alias(users, "drafter");
  return db
    .select({
      id: notices.id,
      title: notices.title,
      state: notices.state,
      periodStart: notices.periodStart,
      periodEnd: notices.periodEnd,
      updatedAt: notices.updatedAt,
      service: { code: services.code, name: services.name, nameEn: services.nameEn },
      unit: { name: orgUnits.name, nameEn: orgUnits.nameEn },
      draftedBy: drafter.name,
    })
    .from(notices)
    .innerJoin(services, eq(services.id, notices.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, notices.publishingUnitId))
    .innerJoin(drafter, eq(drafter.id, notices.draftedBy))
    .where(and(withinScope(p.scope, notices.publishingPath), inArray(notices.state, statesOf[p.view])))
    .orderBy(p.view === "pending" ? asc(notices.submittedAt) : desc(notices.updatedAt))
    .limit(200);
}
