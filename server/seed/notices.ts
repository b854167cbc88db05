import "server-only";
import { eq, inArray } from "drizzle-orm";
import { notices, orgUnits, services, users } from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaMoment } from "@/server/dates/china-moment";
import { chinaToday } from "@/server/dates/china-today";
import { pathUnder } from "@/server/orgs/scope";
import { demoAccount } from "./demo-accounts";
import type { DomainSeeder } from "./domain-seeders";
import { seedNotices } from "./notice-boards";

/**
 * The notice boards of the demo: every notice service has a notice in its period and one in the archive,
 * dated from the seed's today, published by the drafter's unit and approved by a supervisor over it.
 */
export const noticesSeeder: DomainSeeder = {
  name: "notices",
  isSeeded: async (db) => (await db.select({ id: notices.id }).from(notices).limit(1)).length > 0,
  seed: async (tx) => {
    const now = new Date();
    const today = chinaToday(now);
    const logins = [...new Set(seedNotices.flatMap((n) => [n.drafter, n.approver]))].map((k) => demoAccount(k).login);
    const staff = await tx
      .select({ id: users.id, account: users.account, unitId: orgUnits.id, path: orgUnits.path })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(inArray(users.account, logins));
    const codes = [...new Set(seedNotices.map((n) => n.code))];
    const serviceRows = await tx
      .select({ id: services.id, code: services.code })
      .from(services)
      .where(inArray(services.code, codes));
    const staffOf = (key: Parameters<typeof demoAccount>[0]) => {
      const row = staff.find((s) => s.account === demoAccount(key).login);
      if (!row) throw new Error(`notices seed: demo account ${key} is missing`);
      return row;
    };
    await tx.insert(notices).values(
      seedNotices.map((n) => {
        const drafter = staffOf(n.drafter);
        const approver = staffOf(n.approver);
        const service = serviceRows.find((s) => s.code === n.code);
        if (!service) throw new Error(`notices seed: service ${n.code} is missing`);
        if (!pathUnder(approver.path, drafter.path))
          throw new Error(`notices seed: ${n.approver} does not supervise ${n.drafter}'s unit`);
        const periodStart = chinaMoment(addDays(today, n.from));
        const periodEnd = chinaMoment(addDays(today, n.to + 1));
        const approvedAt = new Date(periodStart.getTime() - 86_400_000);
        const ended = periodEnd.getTime() <= now.getTime();
        return {
          serviceId: service.id,
          publishingUnitId: drafter.unitId,
          publishingPath: drafter.path,
          title: n.title,
          body: n.body,
          periodStart,
          periodEnd,
          state: n.archived ? ("archived" as const) : ended ? ("expired" as const) : ("published" as const),
          draftedBy: drafter.id,
          submittedAt: new Date(approvedAt.getTime() - 3_600_000),
          approvedBy: approver.id,
          approvedAt,
          archivedAt: n.archived ? new Date(periodEnd.getTime() + 2 * 86_400_000) : null,
          createdAt: new Date(approvedAt.getTime() - 7_200_000),
          updatedAt: approvedAt,
        };
      }),
    );
  },
};
