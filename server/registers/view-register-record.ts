import "server-only";
import type { Db } from "@/db/client";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { loadRegisterRecordForActor } from "./load-register-record-for-actor";
import type { RegisterDefinition } from "./register-definition";
import { type RegisterRecord, recordSubject, recordView } from "./register-rows";

/**
 * One record as the desk shows it, masked. A record about a person (a detainee, a bail payer, a guard) is that
 * person's data, so the read is audited under them and appears in their "谁查看了我的信息".
 */
export async function viewRegisterRecord(
  db: Db,
  p: AuditTrail & { scope: Jurisdiction; def: RegisterDefinition; id: string },
): Promise<RegisterRecord> {
  const record = await loadRegisterRecordForActor(db, { scope: p.scope, def: p.def, id: p.id });
  const subject = recordSubject(p.def, record);
  if (subject) {
    await recordAudit(db, {
      actor: p.actor,
      action: "register.viewed",
      targetType: p.def.key,
      targetId: record.id,
      subjectIdHash: subject,
      details: { register: p.def.key },
      ip: p.ip,
      correlationId: p.correlationId,
    });
  }
  return recordView(p.def, record);
}
