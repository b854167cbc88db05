import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { enterprises, organisationMembers, organisations, users } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { normaliseCompanyName } from "./normalise-company-name";
import { usccOrFieldError } from "./uscc-or-field-error";

type Trail = AuditTrail & { actor: { id: string } };

/**
 * A verified citizen binds a company by its code and name. Only the legal representative the register
 * names binds by themselves (their keyed ID hash is the register's); anyone else is told to ask them for an
 * authorisation. Every attempt past the input checks is audited, a refused one too.
 */
export async function bindOrganisation(
  db: Db,
  p: Trail & { uscc: string; name: string },
): Promise<{ organisationId: string; name: string; uscc: string }> {
  const uscc = usccOrFieldError(p.uscc);
  const userId = p.actor.id;
  const [user] = await db
    .select({ verification: users.verification, idNumberHash: users.idNumberHash })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new DomainError("UNAUTHORIZED");
  if (user.verification !== "verified" || !user.idNumberHash) throw new DomainError("REAL_NAME_REQUIRED");

  const [enterprise] = await db.select().from(enterprises).where(eq(enterprises.uscc, uscc));
  const refuse = async (reason: string, error: DomainError) => {
    await recordAudit(db, {
      actor: p.actor,
      ip: p.ip,
      correlationId: p.correlationId,
      action: "organisation.bind",
      targetType: "enterprise",
      targetId: uscc,
      outcome: "denied",
      details: { reason },
    });
    return error;
  };
  // One answer for an unknown code and a wrong name: the form cannot be used to find out which names go with which codes.
  if (!enterprise || normaliseCompanyName(enterprise.name) !== normaliseCompanyName(p.name))
    throw await refuse("not_in_register", new DomainError("BAD_INPUT", {}, { uscc: "organisation.notInRegister" }));
  if (enterprise.status !== "active")
    throw await refuse("not_active", new DomainError("BAD_INPUT", {}, { uscc: "organisation.notActive" }));
  if (enterprise.legalRepIdHash !== user.idNumberHash)
    throw await refuse(
      "not_legal_representative",
      new DomainError("FORBIDDEN", {}, { uscc: "organisation.notLegalRepresentative" }),
    );

  return db.transaction(async (tx) => {
    await tx.insert(organisations).values({ enterpriseId: enterprise.id, createdBy: userId }).onConflictDoNothing();
    const [organisation] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.enterpriseId, enterprise.id));
    if (!organisation) throw new Error("organisation row missing after insert");
    const [member] = await tx
      .insert(organisationMembers)
      .values({ organisationId: organisation.id, userId, role: "legal_representative" })
      .onConflictDoNothing()
      .returning({ id: organisationMembers.id });
    if (!member) throw new DomainError("CONFLICT", {}, { uscc: "organisation.alreadyMember" });
    await recordAudit(tx, {
      actor: p.actor,
      ip: p.ip,
      correlationId: p.correlationId,
      action: "organisation.bind",
      targetType: "organisation",
      targetId: organisation.id,
      details: { uscc, role: "legal_representative" },
    });
    return { organisationId: organisation.id, name: enterprise.name, uscc };
  });
}
