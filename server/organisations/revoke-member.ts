import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisationMembers, users } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { assertActsFor } from "./assert-acts-for";

type Trail = AuditTrail & { actor: { id: string } };

/**
 * Ends a membership: a legal representative revokes an authorised person, or anyone leaves a company
 * themselves. A legal representative's own standing comes from the register, so nobody else revokes it.
 * From then on the person no longer sees the company's applications nor applies for it.
 */
export async function revokeMember(db: Db, p: Trail & { organisationId: string; memberId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [member] = await tx
      .select({
        userId: organisationMembers.userId,
        role: organisationMembers.role,
        idNumberHash: users.idNumberHash,
      })
      .from(organisationMembers)
      .innerJoin(users, eq(users.id, organisationMembers.userId))
      .where(
        and(
          eq(organisationMembers.id, p.memberId),
          eq(organisationMembers.organisationId, p.organisationId),
          isNull(organisationMembers.revokedAt),
        ),
      )
      .for("update");
    const leaving = member?.userId === p.actor.id;
    if (!leaving) {
      await assertActsFor(tx, { userId: p.actor.id, organisationId: p.organisationId, as: "legal_representative" });
      if (!member) throw new DomainError("NOT_FOUND");
      if (member.role !== "authorised") throw new DomainError("FORBIDDEN");
    }
    await tx
      .update(organisationMembers)
      .set({ revokedAt: new Date(), revokedBy: p.actor.id })
      .where(eq(organisationMembers.id, p.memberId));
    await recordAudit(tx, {
      actor: p.actor,
      ip: p.ip,
      correlationId: p.correlationId,
      action: leaving ? "organisation.leave" : "organisation.revoke",
      targetType: "organisation",
      targetId: p.organisationId,
      subjectIdHash: member!.idNumberHash,
      details: { memberId: p.memberId, role: member!.role },
    });
  });
}
