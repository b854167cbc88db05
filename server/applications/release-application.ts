import "server-only";
import { eq } from "drizzle-orm";
import type { OfficerActor } from "@/server/accounts/actor";
import type { Db } from "@/db/client";
import { applications, users } from "@/db/schema";
import { auditActorOf } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { inScope } from "@/server/orgs/scope";
import { activeAssignee } from "./active-assignment";
import { lockApplication } from "./apply-transition";

/**
 * Gives an assigned item back to the desk. Only its holder releases it: a colleague who needs a lapsed
 * item assigns it to themselves instead, which keeps the takeover on record.
 */
export async function releaseApplication(
  db: Db,
  p: { applicationId: string; expectedVersion: number; officer: OfficerActor; now?: Date },
): Promise<{ released: boolean }> {
  const now = p.now ?? new Date();
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, p.applicationId);
    if (!app?.stationPath) throw new DomainError("NOT_FOUND");
    if (!inScope(p.officer.scope, app.stationPath)) throw new DomainError("OUT_OF_JURISDICTION");
    if (app.version !== p.expectedVersion) throw new DomainError("APPLICATION_STALE");
    if (app.assignedTo !== p.officer.user.id) {
      const holder = activeAssignee(app, now);
      if (!holder) return { released: false };
      const [other] = await tx.select({ name: users.name }).from(users).where(eq(users.id, holder));
      throw new DomainError("APPLICATION_LOCKED", { officer: other?.name ?? "" });
    }
    await tx
      .update(applications)
      .set({ assignedTo: null, assignedAt: null, updatedAt: now })
      .where(eq(applications.id, app.id));
    await recordAudit(tx, {
      actor: auditActorOf(p.officer.user),
      action: "application.release",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      details: { number: app.number, state: app.state },
      ip: p.officer.ip,
      correlationId: p.officer.correlationId,
    });
    return { released: true };
  });
}
