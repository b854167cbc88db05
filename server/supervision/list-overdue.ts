import "server-only";
import { and, arrayOverlaps, asc, count, desc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type ApplicationState, applications, orgUnits, services, staffNotifications, users } from "@/db/schema";
import { stateOfficerRole } from "@/server/applications/application-transitions";
import { assignmentHoldMs } from "@/server/applications/active-assignment";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { pathUnder, withinScope } from "@/server/orgs/scope";
import { idleDeadline, idleSince, supervisedStates } from "./idle-deadline";

export const overdueListLimit = 100;

export type OverdueItem = {
  id: string;
  number: string | null;
  state: ApplicationState;
  service: { code: string; name: string; nameEn: string };
  station: { code: string; name: string; nameEn: string | null };
  stateSince: Date;
  deadline: Date | null;
  overdue: boolean;
  /** Escalated to this supervisor's own unit by the unit below. */
  escalatedHere: boolean;
  /** Escalated from this unit (or below) to a unit above, which now follows it up. */
  escalatedTo: { name: string; nameEn: string | null; at: Date | null } | null;
  holder: { id: string; name: string } | null;
  /** Officers the item may be reassigned to. */
  candidates: { id: string; name: string }[];
};

export type OfficerOverdueCount = { officer: { id: string; name: string } | null; overdue: number };

export type SupervisionHome = {
  items: OverdueItem[];
  total: number;
  byOfficer: OfficerOverdueCount[];
  notifications: {
    id: string;
    kind: string;
    applicationId: string | null;
    details: Record<string, string | number | null>;
    at: Date;
    /** Overdue notices: the deadline the item went past. */
    deadline: Date | null;
  }[];
};

/**
 * A supervisor's home: the items in their subtree idle beyond their SLA (or escalated to their unit),
 * oldest stay first, with whom each could go to; overdue counts per officer holding them; and their latest
 * notices. Counting and grouping happen in the database, on the queue index's prefix and state.
 */
export async function listOverdue(
  db: Db,
  p: { userId: string; scope: Jurisdiction; now?: Date },
): Promise<SupervisionHome> {
  const now = p.now ?? new Date();
  const holdFrom = new Date(now.getTime() - assignmentHoldMs).toISOString();
  // Spelled out in full: the same expression is selected, joined on and grouped by (as column 1).
  const holderExpr = sql<
    string | null
  >`case when "applications"."assigned_at" > ${holdFrom}::timestamptz then "applications"."assigned_to" end`;
  const where = and(
    withinScope(p.scope, applications.stationPath),
    inArray(applications.state, supervisedStates),
    or(idleSince(now), eq(applications.escalatedToUnitId, p.scope.unitId)),
  );
  const holder = alias(users, "holder");
  const escalatedTo = alias(orgUnits, "escalated_to");
  const [counted] = await db.select({ n: count() }).from(applications).where(where);
  const rows = await db
    .select({
      app: applications,
      deadline: idleDeadline,
      serviceCode: services.code,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
      stationCode: orgUnits.code,
      stationName: orgUnits.name,
      stationNameEn: orgUnits.nameEn,
      holderId: holderExpr,
      holderName: holder.name,
      escalatedToName: escalatedTo.name,
      escalatedToNameEn: escalatedTo.nameEn,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, applications.stationId))
    .leftJoin(holder, sql`${holder.id} = ${holderExpr}`)
    .leftJoin(escalatedTo, eq(escalatedTo.id, applications.escalatedToUnitId))
    .where(where)
    .orderBy(asc(applications.stateSince), asc(applications.id))
    .limit(overdueListLimit);

  const grouped = await db
    .select({ holderId: holderExpr, n: count() })
    .from(applications)
    .where(
      and(
        withinScope(p.scope, applications.stationPath),
        inArray(applications.state, supervisedStates),
        idleSince(now),
      ),
    )
    .groupBy(sql`1`);
  const officers = await db
    .select({ id: users.id, name: users.name, roles: users.roles, path: orgUnits.path })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(
      and(
        eq(users.status, "active"),
        withinScope(p.scope, orgUnits.path),
        arrayOverlaps(users.roles, ["station_officer", "county_approver"]),
      ),
    )
    .orderBy(asc(users.name));
  const nameOf = new Map(officers.map((o) => [o.id, o.name]));
  const notifications = await db
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      applicationId: staffNotifications.applicationId,
      details: staffNotifications.details,
      at: staffNotifications.createdAt,
    })
    .from(staffNotifications)
    .where(eq(staffNotifications.userId, p.userId))
    .orderBy(desc(staffNotifications.createdAt))
    .limit(20);

  return {
    total: counted?.n ?? 0,
    items: rows.map((r) => {
      const role = stateOfficerRole[r.app.state];
      const deadline = r.deadline ? new Date(r.deadline) : null;
      return {
        id: r.app.id,
        number: r.app.number,
        state: r.app.state,
        service: { code: r.serviceCode, name: r.serviceName, nameEn: r.serviceNameEn },
        station: { code: r.stationCode, name: r.stationName, nameEn: r.stationNameEn },
        stateSince: r.app.stateSince,
        deadline,
        overdue: !!deadline && deadline.getTime() < now.getTime(),
        escalatedHere: r.app.escalatedToUnitId === p.scope.unitId,
        escalatedTo:
          r.app.escalatedToUnitId !== null && r.app.escalatedToUnitId !== p.scope.unitId && r.escalatedToName
            ? { name: r.escalatedToName, nameEn: r.escalatedToNameEn, at: r.app.escalatedAt }
            : null,
        holder: r.holderId ? { id: r.holderId, name: r.holderName ?? "" } : null,
        candidates: officers
          .filter((o) => role && o.roles.includes(role) && pathUnder(o.path, r.app.stationPath))
          .map((o) => ({ id: o.id, name: o.name })),
      };
    }),
    byOfficer: grouped
      .map((g) => ({
        officer: g.holderId ? { id: g.holderId, name: nameOf.get(g.holderId) ?? "" } : null,
        overdue: g.n,
      }))
      .sort((a, b) => b.overdue - a.overdue),
    notifications: notifications.map((n) => ({
      ...n,
      deadline:
        n.kind === "sla_overdue" && typeof n.details.deadline === "string" ? new Date(n.details.deadline) : null,
    })),
  };
}
