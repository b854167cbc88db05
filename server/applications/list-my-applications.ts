import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, services } from "@/db/schema";

/** The citizen's applications, newest first, drafts included so an unfinished one is easy to find again. */
export async function listMyApplications(db: Db, p: { userId: string; limit?: number }) {
  return db
    .select({
      id: applications.id,
      number: applications.number,
      state: applications.state,
      serviceCode: services.code,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      stateSince: applications.stateSince,
      windowDeadline: applications.windowDeadline,
      paidAt: applications.paidAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(eq(applications.applicantId, p.userId))
    .orderBy(desc(applications.updatedAt))
    .limit(p.limit ?? 100);
}
