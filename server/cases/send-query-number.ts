import type { Db } from "@/db/client";
import { queueSms } from "@/server/notify/queue-sms";

/** Texts a freshly issued query number to the person's phone; one message per issue, however often retried. */
export async function sendQueryNumber(
  tx: Db,
  p: { personId: string; phone: string; unitName: string; queryNumber: string; issuedAt: Date },
) {
  await queueSms(tx, {
    idempotencyKey: `case_query_number:${p.personId}:${p.issuedAt.getTime()}`,
    phone: p.phone,
    template: "case_query_number",
    params: { unit: p.unitName, queryNumber: p.queryNumber },
  });
}
