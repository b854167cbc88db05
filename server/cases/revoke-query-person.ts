import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseQueryPersons } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadQueryPersonForActor } from "./load-query-person-for-actor";

/** Stops a person's query number working from now on; revoking twice changes nothing. */
export async function revokeQueryPerson(
  db: Db,
  p: {
    scope: Jurisdiction;
    personId: string;
    officerId: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<{ revokedAt: Date }> {
  const now = p.now ?? new Date();
  return db.transaction(async (tx) => {
    const { person } = await loadQueryPersonForActor(tx, { scope: p.scope, personId: p.personId });
    if (person.revokedAt) return { revokedAt: person.revokedAt };
    await tx
      .update(caseQueryPersons)
      .set({ revokedAt: now, revokedBy: p.officerId })
      .where(eq(caseQueryPersons.id, person.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "cases.query_person_revoked",
      targetType: "case",
      targetId: person.caseId,
      subjectIdHash: person.idNumberHash,
      details: { personId: person.id },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { revokedAt: now };
  });
}
