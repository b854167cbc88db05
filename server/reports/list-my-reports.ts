import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, reports, services } from "@/db/schema";

/** The citizen's named reports, newest first. Anonymous ones are tied to no account and cannot appear. */
export async function listMyReports(db: Db, p: { userId: string }) {
  return db
    .select({
      id: reports.id,
      number: reports.number,
      state: reports.state,
      createdAt: reports.createdAt,
      service: { code: services.code, name: services.name, nameEn: services.nameEn },
      unit: { name: orgUnits.name, nameEn: orgUnits.nameEn },
    })
    .from(reports)
    .innerJoin(services, eq(services.id, reports.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, reports.handlingUnitId))
    .where(eq(reports.reporterId, p.userId))
    .orderBy(desc(reports.createdAt))
    .limit(200);
}
