import "server-only";
import { and, arrayOverlaps, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { cases, orgUnits, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { inScope } from "@/server/orgs/scope";
import { caseOfficerRoles } from "./case-officer-roles";

export type RegisterCaseParams = {
  scope: Jurisdiction;
  caseNumber: string;
  type: "administrative" | "criminal";
  title: string;
  handlingUnitId: number;
  officerInChargeId: string;
  createdBy: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Registers a case of a unit in the officer's jurisdiction, with an officer in charge who is an active
 * case officer of that very unit. The case number is unique province-wide.
 */
export async function registerCase(db: Db, p: RegisterCaseParams): Promise<{ id: string }> {
  const [unit] = await db
    .select({ id: orgUnits.id, path: orgUnits.path, level: orgUnits.level })
    .from(orgUnits)
    .where(eq(orgUnits.id, p.handlingUnitId));
  if (!unit || (unit.level !== "station" && unit.level !== "county")) {
    throw new DomainError("BAD_INPUT", {}, { handlingUnitId: "form.option" });
  }
  if (!inScope(p.scope, unit.path)) throw new DomainError("OUT_OF_JURISDICTION");
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, p.officerInChargeId),
        eq(users.orgUnitId, unit.id),
        eq(users.status, "active"),
        arrayOverlaps(users.roles, [...caseOfficerRoles]),
      ),
    );
  if (!officer) throw new DomainError("BAD_INPUT", {}, { officerInChargeId: "form.option" });

  return db.transaction(async (tx) => {
    // The unique index decides, so two officers registering one case number at once cannot both succeed.
    const [row] = await tx
      .insert(cases)
      .values({
        caseNumber: p.caseNumber,
        type: p.type,
        title: p.title,
        handlingUnitId: unit.id,
        officerInChargeId: officer.id,
        createdBy: p.createdBy,
      })
      .onConflictDoNothing({ target: cases.caseNumber })
      .returning({ id: cases.id });
    if (!row) throw new DomainError("CASE_NUMBER_TAKEN", {}, { caseNumber: "CASE_NUMBER_TAKEN" });
    await recordAudit(tx, {
      actor: p.actor,
      action: "cases.registered",
      targetType: "case",
      targetId: row.id,
      details: { caseNumber: p.caseNumber, type: p.type, handlingUnitId: unit.id },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return row;
  });
}
