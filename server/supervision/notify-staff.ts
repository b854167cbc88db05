import type { Db } from "@/db/client";
import { staffNotifications } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { queueSms } from "@/server/notify/queue-sms";
import type { SmsTemplate } from "@/server/notify/templates";

/**
 * One notice to one staff member: on their home, and by SMS when a work phone is on file. The dedupe key
 * doubles as the SMS idempotency key, so a retried job or request notifies once. Returns whether an SMS
 * was newly queued.
 */
export async function notifyStaff(
  db: Db,
  p: {
    recipient: { id: string; phoneEnc: string | null };
    kind: string;
    applicationId: string;
    details: Record<string, string | number | null>;
    dedupeKey: string;
    sms?: { template: SmsTemplate; params: Record<string, string> };
  },
): Promise<boolean> {
  await db
    .insert(staffNotifications)
    .values({
      userId: p.recipient.id,
      kind: p.kind,
      applicationId: p.applicationId,
      details: p.details,
      dedupeKey: p.dedupeKey,
    })
    .onConflictDoNothing({ target: staffNotifications.dedupeKey });
  if (!p.sms || !p.recipient.phoneEnc) return false;
  const { queued } = await queueSms(db, {
    idempotencyKey: p.dedupeKey,
    phone: decryptPii(p.recipient.phoneEnc),
    ...p.sms,
  });
  return queued;
}
