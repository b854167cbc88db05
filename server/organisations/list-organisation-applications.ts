import "server-only";
import { and, desc, eq, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, services, users } from "@/db/schema";
import { assertActsFor } from "./assert-acts-for";

/**
 * The company's applications, newest first, for the people who act for it now: a former member (revoked,
 * left, or a legal representative the register no longer names) is refused like a stranger. Drafts show
 * only to whoever is writing them.
 */
export async function listOrganisationApplications(
  db: Db,
  p: { userId: string; organisationId: string; limit?: number },
) {
  await assertActsFor(db, { userId: p.userId, organisationId: p.organisationId });
  return db
    .select({
      id: applications.id,
      number: applications.number,
      state: applications.state,
      serviceCode: services.code,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
      applicantName: users.name,
      mine: sql<boolean>`${applications.applicantId} = ${p.userId}`,
      createdAt: applications.createdAt,
      submittedAt: applications.submittedAt,
      stateSince: applications.stateSince,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(
      and(
        eq(applications.organisationId, p.organisationId),
        // Another member's unfinished draft is their own work until they submit it.
        or(ne(applications.state, "draft"), eq(applications.applicantId, p.userId)),
      ),
    )
    .orderBy(desc(applications.createdAt))
    .limit(p.limit ?? 100);
}
