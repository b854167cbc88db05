import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationEvents, applications, orgUnits, users } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { stateOfficerRole } from "@/server/applications/application-transitions";
import { lockApplication } from "@/server/applications/apply-transition";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope, pathUnder } from "@/server/orgs/scope";
import { notifyStaff } from "./notify-staff";

export type SupervisorActor = {
  userId: string;
  scope: Jurisdiction;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * A supervisor hands an item in their subtree to a named officer: active, holding the role the item's state
 * needs, and placed where their own jurisdiction covers the item. The item shows as the officer's in the
 * queue (a fresh "assign to me" hold), the timeline records who moved it to whom, and the officer is told.
 */
export async function reassignApplication(
  db: Db,
  p: { applicationId: string; officerId: string; supervisor: SupervisorActor; now?: Date },
): Promise<{ assignedTo: string }> {
  const now = p.now ?? new Date();
  // The form preselects nobody; an empty choice is refused here too, whoever calls.
  if (!p.officerId) throw new DomainError("BAD_INPUT", {}, { officerId: "supervision.officerRequired" });
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, p.applicationId);
    if (!app?.stationPath || !inScope(p.supervisor.scope, app.stationPath)) throw new DomainError("NOT_FOUND");
    const role = stateOfficerRole[app.state];
    if (!role) throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "reassign", state: app.state });
    const [officer] = await tx
      .select({ id: users.id, name: users.name, account: users.account, phoneEnc: users.phoneEnc, path: orgUnits.path })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(and(eq(users.id, p.officerId), eq(users.status, "active"), arrayContains(users.roles, [role])));
    if (!officer || !pathUnder(officer.path, app.stationPath) || !inScope(p.supervisor.scope, officer.path)) {
      throw new DomainError("REASSIGN_TARGET_INVALID");
    }
    await tx
      .update(applications)
      .set({ assignedTo: officer.id, assignedAt: now, updatedAt: now })
      .where(eq(applications.id, app.id));
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      action: "reassign",
      fromState: app.state,
      toState: app.state,
      actorId: p.supervisor.userId,
      actorRole: "supervisor",
      actorOrgUnitId: p.supervisor.scope.unitId,
      // Internal: the citizen's timeline hides the comment, officers see whom it went to.
      comment: officer.name,
      details: { toOfficerId: officer.id, previous: app.assignedTo },
      at: now,
    });
    await recordAudit(tx, {
      actor: { id: p.supervisor.userId, role: "supervisor", orgUnitId: p.supervisor.scope.unitId },
      action: "application.reassign",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      // Named as well as identified: whoever reads the audit console sees to whom without looking an id up.
      details: {
        number: app.number,
        state: app.state,
        to: officer.id,
        toName: officer.name,
        toAccount: officer.account,
        from: app.assignedTo,
      },
      ip: p.supervisor.ip,
      correlationId: p.supervisor.correlationId,
    });
    await notifyStaff(tx, {
      recipient: { id: officer.id, phoneEnc: null },
      kind: "reassigned",
      applicationId: app.id,
      details: { number: app.number, state: app.state },
      dedupeKey: `reassign:${app.id}:${now.toISOString()}:${officer.id}`,
    });
    return { assignedTo: officer.id };
  });
}
