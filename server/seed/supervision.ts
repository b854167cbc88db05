import "server-only";
import { and, eq } from "drizzle-orm";
import { applicationEvents, applications, orgUnits, queueSlaRules, services, users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { addWorkingDays } from "@/server/dates/add-working-days";
import type { EngineConfig } from "@/server/applications/engine-config";
import { reviewSlaDays } from "@/server/applications/apply-transition";
import { nextApplicationNumber } from "@/server/numbering/next-application-number";
import type { DomainSeeder } from "./domain-seeders";
import { demoAccount } from "./demo-accounts";

/** Idle limits per queue state before the unit's supervisor is alerted: three days at the station, two at the county. */
export const defaultQueueSlaHours = { station_review: 72, county_review: 48 } as const;

/** How long the demo's overdue item has waited at the station. */
const demoOverdueDays = 5;

/**
 * The queue SLA defaults, and one item for the demo supervisor to find overdue: the demo citizen's
 * 大中专院校毕业生入户 (HZ010), waiting at 花园路派出所 for five days. No other flow uses HZ010, so it never
 * stands in the way of a new application.
 */
export const supervisionSeeder: DomainSeeder = {
  name: "supervision",
  isSeeded: async (db) => (await db.select({ id: queueSlaRules.id }).from(queueSlaRules).limit(1)).length > 0,
  seed: async (tx) => {
    await tx.insert(queueSlaRules).values(
      Object.entries(defaultQueueSlaHours).map(([state, hours]) => ({
        state: state as keyof typeof defaultQueueSlaHours,
        maxIdleHours: hours,
      })),
    );

    const [service] = await tx
      .select({ id: services.id, engine: services.engine })
      .from(services)
      .where(eq(services.code, "HZ010"));
    const [station] = await tx
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(eq(orgUnits.code, "41010501"));
    const citizen = demoAccount("citizen");
    const [applicant] = await tx
      .select({ id: users.id, idNumberHash: users.idNumberHash })
      .from(users)
      .where(and(eq(users.phoneHash, hashPii("phone", citizen.login))));
    if (!service?.engine || !station || !applicant?.idNumberHash)
      throw new Error("supervision seed: HZ010, 花园路派出所 or the demo citizen is missing");
    const since = new Date(Date.now() - demoOverdueDays * 86_400_000);
    const [app] = await tx
      .insert(applications)
      .values({
        number: await tx.transaction((inner) => nextApplicationNumber(inner, since)),
        serviceId: service.id,
        applicantId: applicant.id,
        applicantIdHash: applicant.idNumberHash,
        state: "station_review",
        formData: {
          school: "郑州大学",
          diplomaNumber: "104591202605001234",
          graduationDate: "2026-06-30",
          employer: "郑州市金水区某科技公司",
        },
        stationId: station.id,
        stationPath: station.path,
        submittedAt: since,
        stateSince: since,
        dueAt: addWorkingDays(since, reviewSlaDays(service.engine as EngineConfig, "station_review") ?? 3),
      })
      .returning({ id: applications.id });
    if (!app) throw new Error("supervision seed: no application");
    await tx.insert(applicationEvents).values([
      {
        applicationId: app.id,
        action: "submit",
        fromState: "draft",
        toState: "submitted",
        actorId: applicant.id,
        actorRole: "applicant",
        at: since,
      },
      {
        applicationId: app.id,
        action: "route_to_station",
        fromState: "submitted",
        toState: "station_review",
        actorRole: "system",
        at: since,
      },
    ]);
  },
};
