import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type Role, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { findStaffForUpdate } from "./find-staff-for-update";
import { normaliseStaffRoles, type StaffRole } from "./staff-account-rules";

export type SetOfficerRolesParams = {
  userId: string;
  roles: readonly Role[];
  actor: AuditActor & { id: string };
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Replaces a staff account's roles. The session check reads roles from the row on every request, so the
 * change applies on the officer's next click without signing them out. An admin cannot take away their
 * own admin role: the last admin doing so would leave nobody able to manage accounts.
 */
export async function setOfficerRoles(db: Db, params: SetOfficerRolesParams): Promise<{ roles: StaffRole[] }> {
  const roles = normaliseStaffRoles(params.roles);
  if (!roles) throw new DomainError("BAD_INPUT", {}, { roles: "STAFF_ROLES_INVALID" });
  return db.transaction(async (tx) => {
    const target = await findStaffForUpdate(tx, params.userId);
    if (target.id === params.actor.id && !roles.includes("admin")) throw new DomainError("SELF_LOCKOUT");
    const before = target.roles;
    if (before.length === roles.length && before.every((r) => roles.includes(r as StaffRole))) return { roles };
    await tx.update(users).set({ roles }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      actor: params.actor,
      action: "staff.roles_changed",
      targetType: "user",
      targetId: target.id,
      details: { before: { roles: before }, after: { roles } },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { roles };
  });
}
