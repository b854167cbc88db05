import "server-only";
import { and, asc, count, desc, eq, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { type ApplicationState, applications, orgUnits, services, users } from "@/db/schema";
import type { OfficerRole } from "@/server/accounts/session-user";
import { maskName } from "@/server/crypto/mask";
import { workingDaysUntil } from "@/server/dates/working-days-until";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import { activeAssignee } from "./active-assignment";
import { stateOfficerRole } from "./application-transitions";

export const applicationQueuePageSize = 20;

/**
 * The states each reviewing role sees in its queue, the first being its default tab. Station officers also
 * see what waits on citizens' supplements, so they can tell a caller where the case stands.
 */
export const queueStatesByRole = {
  station_officer: ["station_review", "needs_supplement"],
  county_approver: ["county_review"],
  // Supervisors read every item of their subtree still in the police's hands; they act from the supervision page.
  supervisor: ["station_review", "needs_supplement", "county_review", "approved"],
} as const satisfies Partial<Record<OfficerRole, readonly ApplicationState[]>>;

export type QueueRole = keyof typeof queueStatesByRole;
export const queueRoles = Object.keys(queueStatesByRole) as QueueRole[];
export type QueueState = (typeof queueStatesByRole)[QueueRole][number];
export const queueStates = [...new Set(Object.values(queueStatesByRole).flat())] as QueueState[];

export type QueueSort = "oldest" | "newest";

/** The queue tabs of an officer holding these roles, default first. */
export function queueStatesFor(roles: readonly string[]): QueueState[] {
  return [...new Set(queueRoles.filter((r) => roles.includes(r)).flatMap((r) => queueStatesByRole[r]))];
}

export type ApplicationQueueRow = {
  id: string;
  number: string | null;
  version: number;
  state: ApplicationState;
  service: { code: string; name: string; nameEn: string };
  station: { code: string; name: string; nameEn: string | null };
  applicantMaskedName: string;
  submittedAt: Date | null;
  stateSince: Date;
  /** Null while nobody at the police is due to act (waiting on the citizen). */
  sla: { dueAt: Date; workingDaysLeft: number; overdue: boolean } | null;
  /** Only while the hold lasts: a lapsed assignment shows as free. */
  assignedTo: { id: string; name: string; isMe: boolean } | null;
  /** Whether this officer's roles may take the item ("assign to me"); a supervisor only reads. */
  canAssign: boolean;
};

export type ApplicationQueue = {
  rows: ApplicationQueueRow[];
  total: number;
  page: number;
  pageSize: number;
  /** The states this officer may list, for the tabs. */
  states: QueueState[];
  state: QueueState;
};

export type ListApplicationQueueParams = {
  userId: string;
  roles: readonly string[];
  scope: Jurisdiction;
  state?: QueueState;
  serviceCode?: string;
  /** Only items that have waited in their state at least this many days. */
  minAgeDays?: number;
  sort?: QueueSort;
  page: number;
  now?: Date;
};

/**
 * A reviewing officer's work list: one state at a time, only inside their subtree, oldest wait first by
 * default. Filtering on station path prefix + state + time in state is exactly applications_queue_idx.
 */
export async function listApplicationQueue(db: Db, p: ListApplicationQueueParams): Promise<ApplicationQueue> {
  const now = p.now ?? new Date();
  const states = queueStatesFor(p.roles);
  const first = states[0];
  if (!first) throw new DomainError("FORBIDDEN");
  const state = p.state ?? first;
  if (!states.includes(state)) throw new DomainError("FORBIDDEN");

  const conditions: SQL[] = [withinScope(p.scope, applications.stationPath), eq(applications.state, state)];
  if (p.minAgeDays) conditions.push(lte(applications.stateSince, new Date(now.getTime() - p.minAgeDays * 86_400_000)));
  if (p.serviceCode) conditions.push(eq(services.code, p.serviceCode));
  const where = and(...conditions);

  const applicant = alias(users, "applicant");
  const assignee = alias(users, "assignee");
  const [counted] = await db
    .select({ n: count() })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(where);
  const rows = await db
    .select({
      application: applications,
      serviceCode: services.code,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
      stationCode: orgUnits.code,
      stationName: orgUnits.name,
      stationNameEn: orgUnits.nameEn,
      applicantName: applicant.name,
      assigneeName: assignee.name,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .innerJoin(orgUnits, eq(orgUnits.id, applications.stationId))
    .innerJoin(applicant, eq(applicant.id, applications.applicantId))
    .leftJoin(assignee, eq(assignee.id, applications.assignedTo))
    .where(where)
    .orderBy(p.sort === "newest" ? desc(applications.stateSince) : asc(applications.stateSince), asc(applications.id))
    .limit(applicationQueuePageSize)
    .offset((p.page - 1) * applicationQueuePageSize);

  return {
    total: counted?.n ?? 0,
    page: p.page,
    pageSize: applicationQueuePageSize,
    states,
    state,
    rows: rows.map((r) => {
      const app = r.application;
      const holder = activeAssignee(app, now);
      const daysLeft = app.dueAt ? workingDaysUntil(app.dueAt, now) : null;
      return {
        id: app.id,
        number: app.number,
        version: app.version,
        state: app.state,
        service: { code: r.serviceCode, name: r.serviceName, nameEn: r.serviceNameEn },
        station: { code: r.stationCode, name: r.stationName, nameEn: r.stationNameEn },
        applicantMaskedName: maskName(r.applicantName),
        submittedAt: app.submittedAt,
        stateSince: app.stateSince,
        sla:
          app.dueAt && daysLeft !== null
            ? { dueAt: app.dueAt, workingDaysLeft: daysLeft, overdue: app.dueAt.getTime() < now.getTime() }
            : null,
        assignedTo: holder ? { id: holder, name: r.assigneeName ?? "", isMe: holder === p.userId } : null,
        canAssign: p.roles.some((role) => role === stateOfficerRole[app.state]),
      };
    }),
  };
}
