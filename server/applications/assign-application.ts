import "server-only";
import { eq } from "drizzle-orm";
import type { OfficerActor } from "@/server/accounts/actor";
import type { Db } from "@/db/client";
import { applications, users } from "@/db/schema";
import type { OfficerRole } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { inScope } from "@/server/orgs/scope";
import { activeAssignee } from "./active-assignment";
import { stateOfficerRole } from "./application-transitions";
import { lockApplication } from "./apply-transition";

/**
 * "Assign to me": the officer takes an item they could act on now, so colleagues see it locked and their
 * actions on it are refused until it is released, decided, or the hold lapses. A lapsed hold may be taken
 * over; the takeover is audited with the previous holder. The version is not bumped: an assignment changes
 * nothing the applicant or a decision depends on, and the transition that follows clears it.
 */
export async function assignApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; now?: Date },
): Promise<{ assignedAt: Date }> {
  const now = p.now ?? new Date();
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, p.applicationId);
    if (!app?.stationPath) throw new DomainError("NOT_FOUND");
    if (!inScope(p.officer.scope, app.stationPath)) throw new DomainError("OUT_OF_JURISDICTION");
    const role: OfficerRole | undefined = stateOfficerRole[app.state];
    if (!role || !p.officer.user.roles.includes(role)) {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "assign", state: app.state });
    }
    if (app.version !== p.expectedVersion) throw new DomainError("APPLICATION_STALE");

    const holder = activeAssignee(app, now);
    if (holder === p.officer.user.id) return { assignedAt: app.assignedAt ?? now };
    if (holder) {
      const [other] = await tx.select({ name: users.name }).from(users).where(eq(users.id, holder));
      throw new DomainError("APPLICATION_LOCKED", { officer: other?.name ?? "" });
    }
    await tx
      .update(applications)
      .set({ assignedTo: p.officer.user.id, assignedAt: now, updatedAt: now })
      .where(eq(applications.id, app.id));
    await recordAudit(tx, {
      actor: { id: p.officer.user.id, role, orgUnitId: p.officer.scope.unitId },
      action: "application.assign",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      details: { number: app.number, state: app.state, takenOverFrom: app.assignedTo ?? undefined },
      ip: p.officer.ip,
      correlationId: p.officer.correlationId,
    });
    return { assignedAt: now };
  });
}
