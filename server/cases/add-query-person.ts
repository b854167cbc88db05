import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseQueryPersons } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { validateIdNumber } from "@/server/population/id-number";
import { loadCaseForActor } from "./load-case-for-actor";
import { generateQueryNumber, queryNumberHash } from "./query-number";
import { sendQueryNumber } from "./send-query-number";

export type AddQueryPersonParams = {
  scope: Jurisdiction;
  caseId: string;
  idNumber: string;
  phone: string;
  relation: "party" | "family";
  /** Required for a family member: their relation to the party (父亲, 配偶…). */
  familyRelation?: string | null;
  createdBy: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

const idProblemKey = {
  format: "form.idNumberFormat",
  checksum: "form.idNumberChecksum",
  region: "form.idNumberRegion",
  birthdate: "form.idNumberBirthdate",
} as const;

/**
 * Lets one more person query the case: a party, or a family member with their relation. The query number
 * is returned here once (for the printed slip) and texted to the phone; only its hash is kept.
 */
export async function addQueryPerson(
  db: Db,
  p: AddQueryPersonParams,
): Promise<{ personId: string; queryNumber: string }> {
  const now = p.now ?? new Date();
  const idNumber = p.idNumber.trim().toUpperCase();
  const phone = p.phone.trim();
  const familyRelation = p.familyRelation?.trim() || null;
  const fields: Record<string, string> = {};
  const id = validateIdNumber(idNumber);
  if (!id.ok) fields.idNumber = idProblemKey[id.reason];
  if (!phoneNumberPattern.test(phone)) fields.phone = "form.phone";
  if (p.relation === "family" && !familyRelation) fields.familyRelation = "form.required";
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const idNumberHash = hashPii("id", idNumber);
  const result = await db.transaction(async (tx) => {
    const theCase = await loadCaseForActor(tx, { scope: p.scope, caseId: p.caseId, lock: true });
    const [already] = await tx
      .select({ id: caseQueryPersons.id })
      .from(caseQueryPersons)
      .where(
        and(
          eq(caseQueryPersons.caseId, theCase.id),
          eq(caseQueryPersons.idNumberHash, idNumberHash),
          isNull(caseQueryPersons.revokedAt),
        ),
      );
    // One live number per person and case: a lost slip is a re-issue, which retires the old number.
    if (already) throw new DomainError("CONFLICT", {}, { idNumber: "QUERY_PERSON_EXISTS" });

    const queryNumber = generateQueryNumber();
    const [row] = await tx
      .insert(caseQueryPersons)
      .values({
        caseId: theCase.id,
        relation: p.relation,
        familyRelation: p.relation === "family" ? familyRelation : null,
        idNumberHash,
        idNumberEnc: encryptPii(idNumber),
        phoneHash: hashPii("phone", phone),
        phoneEnc: encryptPii(phone),
        queryNumberHash: queryNumberHash(queryNumber),
        queryNumberIssuedAt: now,
        createdBy: p.createdBy,
        createdAt: now,
      })
      .returning({ id: caseQueryPersons.id });
    if (!row) throw new Error("addQueryPerson: no row returned");
    await sendQueryNumber(tx, { personId: row.id, phone, unitName: theCase.unitName, queryNumber, issuedAt: now });
    await recordAudit(tx, {
      actor: p.actor,
      action: "cases.query_person_added",
      targetType: "case",
      targetId: theCase.id,
      subjectIdHash: idNumberHash,
      details: { personId: row.id, relation: p.relation, idNumber: maskIdNumber(idNumber), phone: maskPhone(phone) },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { personId: row.id, queryNumber };
  });
  await kickSmsDispatch();
  return result;
}
