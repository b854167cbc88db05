import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseQueryPersons } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadQueryPersonForActor } from "./load-query-person-for-actor";
import { generateQueryNumber, queryNumberHash } from "./query-number";
import { sendQueryNumber } from "./send-query-number";

/**
 * A new slip for a person who lost theirs (or whose number may have leaked): the stored hash cannot be
 * shown again, so a new number is issued, texted and returned once, and the old one stops working.
 */
export async function reissueQueryNumber(
  db: Db,
  p: {
    scope: Jurisdiction;
    personId: string;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
    now?: Date;
  },
): Promise<{ personId: string; queryNumber: string }> {
  const now = p.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const { person, unitName } = await loadQueryPersonForActor(tx, { scope: p.scope, personId: p.personId });
    if (person.revokedAt) throw new DomainError("QUERY_PERSON_REVOKED");
    const queryNumber = generateQueryNumber();
    await tx
      .update(caseQueryPersons)
      .set({ queryNumberHash: queryNumberHash(queryNumber), queryNumberIssuedAt: now })
      .where(eq(caseQueryPersons.id, person.id));
    await sendQueryNumber(tx, {
      personId: person.id,
      phone: decryptPii(person.phoneEnc),
      unitName,
      queryNumber,
      issuedAt: now,
    });
    await recordAudit(tx, {
      actor: p.actor,
      action: "cases.query_number_reissued",
      targetType: "case",
      targetId: person.caseId,
      subjectIdHash: person.idNumberHash,
      details: { personId: person.id },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { personId: person.id, queryNumber };
  });
  await kickSmsDispatch();
  return result;
}
