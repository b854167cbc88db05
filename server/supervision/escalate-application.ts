import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationEvents, applications, orgUnits, services } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { lockApplication } from "@/server/applications/apply-transition";
import { inScope } from "@/server/orgs/scope";
import { supervisedStates } from "./idle-deadline";
import { notifyStaff } from "./notify-staff";
import type { SupervisorActor } from "./reassign-application";
import { supervisorsFor } from "./unit-supervisors";

/**
 * A supervisor asks the unit above theirs to follow an item up: the item is marked as escalated to that
 * unit, the timeline says so, and that unit's supervisors are told in-app and by SMS. The item stays where
 * it is handled; escalating again to the same unit is refused, and the province has no unit above.
 */
export async function escalateApplication(
  db: Db,
  p: { applicationId: string; comment: string | null; supervisor: SupervisorActor; now?: Date },
): Promise<{ escalatedTo: { code: string; name: string } }> {
  const now = p.now ?? new Date();
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, p.applicationId);
    if (!app?.stationPath || !inScope(p.supervisor.scope, app.stationPath)) throw new DomainError("NOT_FOUND");
    if (!(supervisedStates as readonly string[]).includes(app.state)) {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "escalate", state: app.state });
    }
    const [own] = await tx
      .select({ parentId: orgUnits.parentId, name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.id, p.supervisor.scope.unitId));
    const [parent] = own?.parentId ? await tx.select().from(orgUnits).where(eq(orgUnits.id, own.parentId)) : [];
    if (!parent || app.escalatedToUnitId === parent.id) throw new DomainError("ESCALATION_NOT_POSSIBLE");
    await tx
      .update(applications)
      .set({ escalatedToUnitId: parent.id, escalatedAt: now, updatedAt: now })
      .where(eq(applications.id, app.id));
    await tx.insert(applicationEvents).values({
      applicationId: app.id,
      action: "escalate",
      fromState: app.state,
      toState: app.state,
      actorId: p.supervisor.userId,
      actorRole: "supervisor",
      actorOrgUnitId: p.supervisor.scope.unitId,
      comment: p.comment,
      details: { toUnitId: parent.id },
      at: now,
    });
    await recordAudit(tx, {
      actor: { id: p.supervisor.userId, role: "supervisor", orgUnitId: p.supervisor.scope.unitId },
      action: "application.escalate",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      details: { number: app.number, state: app.state, to: parent.code },
      ip: p.supervisor.ip,
      correlationId: p.supervisor.correlationId,
    });
    const [service] = await tx.select({ name: services.name }).from(services).where(eq(services.id, app.serviceId));
    for (const supervisor of await supervisorsFor(tx, parent.path)) {
      await notifyStaff(tx, {
        recipient: supervisor,
        kind: "escalated",
        applicationId: app.id,
        details: { number: app.number, state: app.state, from: own?.name ?? null },
        dedupeKey: `escalate:${app.id}:${parent.id}:${supervisor.id}`,
        sms: {
          template: "queue_escalated_supervisor",
          params: { service: service?.name ?? "", number: app.number ?? "", unit: own?.name ?? "" },
        },
      });
    }
    return { escalatedTo: { code: parent.code, name: parent.name } };
  });
}
