import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { findStaffForUpdate } from "./find-staff-for-update";

export type OfficerStatus = "active" | "disabled";

export type SetOfficerStatusParams = {
  userId: string;
  status: OfficerStatus;
  actor: AuditActor & { id: string };
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Disables or re-enables a staff account. Disabling also bumps the session version, so the officer's open
 * sessions end on their next request rather than when their token runs out. An admin cannot disable
 * themselves (the last admin would lock everybody out of the console).
 */
export async function setOfficerStatus(db: Db, params: SetOfficerStatusParams): Promise<{ status: OfficerStatus }> {
  return db.transaction(async (tx) => {
    const target = await findStaffForUpdate(tx, params.userId);
    if (target.id === params.actor.id && params.status === "disabled") throw new DomainError("SELF_LOCKOUT");
    if (target.status === params.status) return { status: target.status };
    const [row] = await tx
      .update(users)
      .set(
        params.status === "disabled"
          ? { status: "disabled", sessionVersion: sql`${users.sessionVersion} + 1` }
          : { status: "active" },
      )
      .where(eq(users.id, target.id))
      .returning({ sessionVersion: users.sessionVersion });
    await recordAudit(tx, {
      actor: params.actor,
      action: params.status === "disabled" ? "staff.disabled" : "staff.enabled",
      targetType: "user",
      targetId: target.id,
      details: {
        before: { status: target.status, sessionVersion: target.sessionVersion },
        after: { status: params.status, sessionVersion: row?.sessionVersion ?? target.sessionVersion },
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { status: params.status };
  });
}
