import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { totpEnrolments, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { findStaffForUpdate } from "./find-staff-for-update";

export type ResetOfficerTotpParams = {
  userId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * For an officer whose phone is lost or replaced: the bound secret and any half-done enrolment are dropped
 * and every session ends (whoever holds the old phone may be signed in). The officer then binds a new
 * authenticator at /staff/totp-setup with their password, as on their first day.
 */
export async function resetOfficerTotp(db: Db, params: ResetOfficerTotpParams): Promise<void> {
  await db.transaction(async (tx) => {
    const target = await findStaffForUpdate(tx, params.userId);
    const [row] = await tx
      .update(users)
      .set({
        totpSecretEnc: null,
        totpEnabledAt: null,
        totpLastStep: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, target.id))
      .returning({ sessionVersion: users.sessionVersion });
    await tx.delete(totpEnrolments).where(eq(totpEnrolments.userId, target.id));
    await recordAudit(tx, {
      actor: params.actor,
      action: "staff.totp_reset",
      targetType: "user",
      targetId: target.id,
      details: {
        before: { totpEnrolled: !!target.totpEnabledAt, sessionVersion: target.sessionVersion },
        after: { totpEnrolled: false, sessionVersion: row?.sessionVersion ?? target.sessionVersion },
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
  });
}
