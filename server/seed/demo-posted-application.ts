import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationEvents, applications, orgUnits, services, users } from "@/db/schema";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { demoAccount } from "./demo-accounts";
import { demoPostedApplicationNumber } from "./demo-posted-application-number";
import type { DomainSeeder } from "./domain-seeders";
import { demoResidents } from "./population";

/**
 * One application of 张明 handled and posted (居民身份证邮寄送达, by EMS), so the progress and postal queries
 * show a timeline with a tracking number after `npm run demo`.
 */
export const demoPostedApplicationSeeder: DomainSeeder = {
  name: "demo posted application",
  isSeeded: async (db: Db) =>
    (
      await db
        .select({ id: applications.id })
        .from(applications)
        .where(eq(applications.number, demoPostedApplicationNumber))
    ).length > 0,
  seed: async (tx: Db) => {
    const account = demoAccount("citizen");
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.phoneHash, hashPii("phone", account.login)));
    const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.code, "HZ045"));
    const [station] = await tx
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(orgUnits)
      .where(and(eq(orgUnits.code, "41010501")));
    if (!user || !service || !station) throw new Error("the demo posted application needs 张明, HZ045 and his station");
    const day = (d: number, h: number) => new Date(Date.UTC(2026, 10, d, h - 8));
    const [app] = await tx
      .insert(applications)
      .values({
        number: demoPostedApplicationNumber,
        serviceId: service.id,
        applicantId: user.id,
        applicantIdHash: hashPii("id", demoResidents.citizen.idNumber),
        state: "completed",
        formData: { acceptanceNumber: "410105202611180031", recipientName: demoResidents.citizen.name },
        stationId: station.id,
        stationPath: station.path,
        delivery: {
          method: "post",
          recipient: demoResidents.citizen.name,
          phoneEnc: encryptPii(account.login),
          address: "河南省郑州市金水区花园路 88 号 3 号楼 2 单元 501",
          feeFen: 1500,
          carrier: "中国邮政EMS",
          trackingNumber: "1187654321098",
          postedAt: day(22, 15).toISOString(),
        },
        paidAt: day(20, 9),
        submittedAt: day(20, 9),
        stateSince: day(22, 15),
      })
      .returning({ id: applications.id });
    if (!app) throw new Error("the demo posted application was not stored");
    await tx.insert(applicationEvents).values([
      {
        applicationId: app.id,
        action: "submit",
        toState: "submitted",
        actorId: user.id,
        actorRole: "applicant",
        at: day(20, 9),
      },
      {
        applicationId: app.id,
        action: "route_to_station",
        fromState: "submitted",
        toState: "station_review",
        actorRole: "system",
        at: day(20, 9),
      },
      {
        applicationId: app.id,
        action: "station_approve",
        fromState: "station_review",
        toState: "approved",
        actorRole: "station_officer",
        actorOrgUnitId: station.id,
        at: day(21, 10),
      },
      {
        applicationId: app.id,
        action: "complete_post",
        fromState: "approved",
        toState: "completed",
        actorRole: "station_officer",
        actorOrgUnitId: station.id,
        at: day(22, 15),
      },
    ]);
  },
};
