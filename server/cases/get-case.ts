import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseNodes, caseQueryPersons, users } from "@/db/schema";
import { type AuditActor, recordAuditPerSubject } from "@/server/audit/record-audit";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadCaseForActor } from "./load-case-for-actor";

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;

/**
 * One case for its handling officers: the facts, the query persons (masked ID number and phone, never the
 * query number, which only exists as a hash) and the progress nodes. Reading the persons is audited.
 */
export async function getCase(
  db: Db,
  p: { scope: Jurisdiction; caseId: string; actor: AuditActor; ip?: string | null; correlationId?: string | null },
) {
  const theCase = await loadCaseForActor(db, { scope: p.scope, caseId: p.caseId });
  const [officer] = await db.select({ name: users.name }).from(users).where(eq(users.id, theCase.officerInChargeId));
  const persons = await db
    .select()
    .from(caseQueryPersons)
    .where(eq(caseQueryPersons.caseId, theCase.id))
    .orderBy(asc(caseQueryPersons.createdAt));
  const nodes = await db
    .select({
      id: caseNodes.id,
      kind: caseNodes.kind,
      measure: caseNodes.measure,
      occurredOn: caseNodes.occurredOn,
      remark: caseNodes.remark,
      createdAt: caseNodes.createdAt,
    })
    .from(caseNodes)
    .where(eq(caseNodes.caseId, theCase.id))
    .orderBy(asc(caseNodes.occurredOn), asc(caseNodes.createdAt));
  await recordAuditPerSubject(
    db,
    {
      actor: p.actor,
      action: "cases.viewed",
      targetType: "case",
      targetId: theCase.id,
      details: { persons: persons.length },
      ip: p.ip,
      correlationId: p.correlationId,
    },
    persons.map((person) => person.idNumberHash),
  );
  return {
    id: theCase.id,
    caseNumber: theCase.caseNumber,
    title: theCase.title,
    unitName: theCase.unitName,
    type: theCase.type,
    officerName: officer?.name ?? "",
    createdAt: theCase.createdAt,
    persons: persons.map((person) => ({
      id: person.id,
      relation: person.relation,
      familyRelation: person.familyRelation,
      idNumber: maskIdNumber(decryptPii(person.idNumberEnc)),
      phone: maskPhone(decryptPii(person.phoneEnc)),
      queryNumberIssuedAt: person.queryNumberIssuedAt,
      revokedAt: person.revokedAt,
    })),
    nodes,
  };
}
