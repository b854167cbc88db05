import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, services, users } from "@/db/schema";
import { recordServiceUsage } from "@/server/catalog/record-service-usage";
import type { EngineConfig } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";
import { chooseOrganisation } from "@/server/organisations/choose-organisation";

/**
 * Opens the application form of a service: the citizen's unfinished draft of it when there is one (drafts
 * live on the server, so they resume on any device), otherwise a new draft. Online applications need a
 * verified real-name account: the register checks and the window's ID-card comparison depend on it.
 */
export async function startApplication(
  db: Db,
  p: {
    userId: string;
    serviceCode: string;
    /** The company the citizen acts for, on services its configuration says companies apply for. */
    organisationId?: string | null;
  },
): Promise<{ id: string; resumed: boolean }> {
  const [user] = await db
    .select({ verification: users.verification, idNumberHash: users.idNumberHash, residentId: users.residentId })
    .from(users)
    .where(eq(users.id, p.userId));
  if (!user) throw new DomainError("UNAUTHORIZED");
  if (user.verification !== "verified" || !user.idNumberHash) throw new DomainError("REAL_NAME_REQUIRED");

  const [service] = await db
    .select({
      id: services.id,
      kind: services.kind,
      enabled: services.enabled,
      maintenance: services.maintenance,
      formSchema: services.formSchema,
      engine: services.engine,
    })
    .from(services)
    .where(eq(services.code, p.serviceCode));
  if (!service || !service.enabled) throw new DomainError("NOT_FOUND");
  if (service.kind !== "handle" || !service.formSchema || !service.engine || service.maintenance)
    throw new DomainError("SERVICE_UNAVAILABLE");
  const organisationId = await chooseOrganisation(db, {
    userId: p.userId,
    applicant: (service.engine as unknown as EngineConfig).applicant,
    organisationId: p.organisationId,
  });

  const [draft] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.applicantId, p.userId),
        eq(applications.serviceId, service.id),
        eq(applications.state, "draft"),
      ),
    )
    .limit(1);
  if (draft) return { id: draft.id, resumed: true };

  const [created] = await db
    .insert(applications)
    .values({ serviceId: service.id, applicantId: p.userId, applicantIdHash: user.idNumberHash, organisationId })
    .onConflictDoNothing()
    .returning({ id: applications.id });
  if (!created) return startApplication(db, p);
  await recordServiceUsage(db, { userId: p.userId, serviceId: service.id, kind: "start" });
  return { id: created.id, resumed: false };
}
