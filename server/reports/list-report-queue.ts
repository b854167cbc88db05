import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { orgUnits, type ReportState, reports, services, users } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

const openStates: ReportState[] = ["received", "handling", "replied"];

/**
 * The reports handled in the officer's jurisdiction: open ones by due time (the most urgent first), or the
 * latest closed ones. No reporter identity here; the detail shows it masked.
 */
export async function listReportQueue(db: Db, p: { scope: Jurisdiction; view: "open" | "closed" }) {
  const assignee = alias(users, "assignee");
  return db
    .select({
      id: reports.id,
      number: reports.number,
      state: reports.state,
      anonymous: reports.anonymous,
      createdAt: reports.createdAt,
      dueAt: reports.dueAt,
      service: { code: services.code, name: services.name, nameEn: services.nameEn },
      unit: { name: orgUnits.name, nameEn: orgUnits.nameEn },
      assignedTo: assignee.name,
    })
    .from(reports)
    .innerJoin(services, eq(services.id, reports.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, reports.handlingUnitId))
    .leftJoin(assignee, eq(assignee.id, reports.assignedTo))
    .where(
      and(
        withinScope(p.scope, reports.handlingPath),
        p.view === "open" ? inArray(reports.state, openStates) : eq(reports.state, "closed"),
      ),
    )
    .orderBy(p.view === "open" ? asc(reports.dueAt) : desc(reports.closedAt))
    .limit(200);
}
