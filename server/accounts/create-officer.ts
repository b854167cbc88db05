import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, type Role, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { maskAccount } from "./mask-account";
import { hashPassword } from "./password";
import { checkPasswordRule } from "./password-rule";
import { normaliseStaffRoles, staffAccountPattern, staffNameMaxLength, type StaffRole } from "./staff-account-rules";

export type CreateOfficerParams = {
  name: string;
  account: string;
  unitId: number;
  roles: readonly Role[];
  /** The initial password the admin hands over; the officer binds an authenticator on first sign-in. */
  password: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

export type CreatedOfficer = { id: string; roles: StaffRole[]; unitId: number };

/**
 * An admin opens a staff account in an org unit. It starts without TOTP: the officer signs in at
 * /staff/totp-setup with the initial password and binds an authenticator before the first sign-in.
 */
export async function createOfficer(db: Db, params: CreateOfficerParams): Promise<CreatedOfficer> {
  const name = params.name.trim();
  const account = params.account.trim();
  const fields: Record<string, string> = {};
  if (!name || Array.from(name).length > staffNameMaxLength) fields.name = "STAFF_NAME_INVALID";
  if (!staffAccountPattern.test(account)) fields.account = "STAFF_ACCOUNT_INVALID";
  const roles = normaliseStaffRoles(params.roles);
  if (!roles) fields.roles = "STAFF_ROLES_INVALID";
  const passwordProblem = checkPasswordRule(params.password)[0];
  if (passwordProblem) fields.password = passwordProblem;
  const problems = Object.keys(fields);
  if (!roles || problems.length) {
    throw new DomainError(problems.length === 1 && fields.password ? "WEAK_PASSWORD" : "BAD_INPUT", {}, fields);
  }
  const passwordHash = await hashPassword(params.password);

  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select({ id: orgUnits.id, code: orgUnits.code })
      .from(orgUnits)
      .where(eq(orgUnits.id, params.unitId));
    if (!unit) throw new DomainError("BAD_INPUT", {}, { unitId: "STAFF_UNIT_INVALID" });
    // The unique index decides, so two admins racing for one badge number cannot both get it.
    const [created] = await tx
      .insert(users)
      .values({ roles, name, account, orgUnitId: unit.id, passwordHash })
      .onConflictDoNothing({ target: users.account })
      .returning({ id: users.id });
    if (!created) throw new DomainError("ACCOUNT_NUMBER_TAKEN", {}, { account: "ACCOUNT_NUMBER_TAKEN" });
    await recordAudit(tx, {
      actor: params.actor,
      action: "staff.created",
      targetType: "user",
      targetId: created.id,
      details: {
        before: null,
        after: { account: maskAccount(account), roles, unit: unit.code, status: "active", totpEnrolled: false },
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { id: created.id, roles, unitId: unit.id };
  });
}
