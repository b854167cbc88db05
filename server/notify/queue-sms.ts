import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { smsTemplateText } from "./sms-template-text";
import { renderSmsTemplate, type SmsTemplate } from "./templates";

/**
 * Writes one message to the outbox. Call it with the caller's transaction so the message exists exactly
 * when the change it announces commits; call `kickSmsDispatch()` after the commit to send it promptly.
 * The idempotency key makes a retried request or job queue the message once: a repeat returns the
 * first message's id with `queued: false`.
 */
export async function queueSms(
  db: Db,
  p: { idempotencyKey: string; phone: string; template: SmsTemplate; params: Record<string, string> },
): Promise<{ id: string; queued: boolean }> {
  const phone = p.phone.trim();
  if (!phoneNumberPattern.test(phone)) throw new Error("queueSms: not a mainland mobile number");
  if (!p.idempotencyKey) throw new Error("queueSms: idempotencyKey is required");
  const body = renderSmsTemplate(p.template, p.params, await smsTemplateText(db, p.template));

  const inserted = await db
    .insert(smsMessages)
    .values({
      idempotencyKey: p.idempotencyKey,
      phoneHash: hashPii("phone", phone),
      phoneEnc: encryptPii(phone),
      template: p.template,
      params: p.params,
      body,
    })
    .onConflictDoNothing({ target: smsMessages.idempotencyKey })
    .returning({ id: smsMessages.id });
  if (inserted[0]) return { id: inserted[0].id, queued: true };

  const [existing] = await db
    .select({ id: smsMessages.id })
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, p.idempotencyKey));
  if (!existing) throw new Error("queueSms: conflicting message vanished");
  return { id: existing.id, queued: false };
}
