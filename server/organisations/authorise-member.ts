import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisationMembers, users } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { idNumberProblem } from "@/server/population/id-number-problem";
import { isPersonName, normaliseName } from "@/server/population/normalise-name";
import { assertActsFor } from "./assert-acts-for";
import { currentMembership } from "./current-membership";

type Trail = AuditTrail & { actor: { id: string } };

/**
 * The legal representative authorises a person to act for the company, named by real name and ID number as
 * on their ID card. The person must hold a real-name verified account whose name matches; whether a number
 * has an account or the name is wrong gets one answer, so the form tells nothing about strangers.
 */
export async function authoriseMember(
  db: Db,
  p: Trail & { organisationId: string; name: string; idNumber: string },
): Promise<{ memberId: string }> {
  const idNumber = p.idNumber.trim().toUpperCase();
  const name = normaliseName(p.name);
  const problem = idNumberProblem(idNumber);
  const fields: Record<string, string> = {};
  if (!isPersonName(name)) fields.name = "NAME_INVALID";
  if (problem) fields.idNumber = problem;
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const idNumberHash = hashPii("id", idNumber);
  const audit = (tx: Db, outcome: "ok" | "denied", details: Record<string, unknown>) =>
    recordAudit(tx, {
      actor: p.actor,
      ip: p.ip,
      correlationId: p.correlationId,
      action: "organisation.authorise",
      targetType: "organisation",
      targetId: p.organisationId,
      subjectIdHash: idNumberHash,
      outcome,
      details: { idNumber: maskIdNumber(idNumber), ...details },
    });

  const result = await db.transaction(async (tx) => {
    await assertActsFor(tx, { userId: p.actor.id, organisationId: p.organisationId, as: "legal_representative" });
    const [person] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.idNumberHash, idNumberHash), eq(users.verification, "verified"), eq(users.status, "active")));
    if (!person || normaliseName(person.name) !== name) return { refused: "no_matching_account" as const };
    if (person.id === p.actor.id) return { refused: "self" as const };
    if (await currentMembership(tx, { userId: person.id, organisationId: p.organisationId }))
      throw new DomainError("CONFLICT", {}, { idNumber: "organisation.alreadyMember" });
    // A legal representative the register no longer names still has an open row; it ends here, on record.
    await tx
      .update(organisationMembers)
      .set({ revokedAt: new Date(), revokedBy: p.actor.id })
      .where(
        and(
          eq(organisationMembers.organisationId, p.organisationId),
          eq(organisationMembers.userId, person.id),
          isNull(organisationMembers.revokedAt),
        ),
      );
    const [member] = await tx
      .insert(organisationMembers)
      .values({ organisationId: p.organisationId, userId: person.id, role: "authorised", authorisedBy: p.actor.id })
      .returning({ id: organisationMembers.id });
    await audit(tx, "ok", { memberId: member!.id });
    return { memberId: member!.id };
  });
  if ("refused" in result) {
    await audit(db, "denied", { reason: result.refused });
    throw new DomainError(
      "BAD_INPUT",
      {},
      { idNumber: result.refused === "self" ? "organisation.authoriseSelf" : "organisation.personNotFound" },
    );
  }
  return result;
}
