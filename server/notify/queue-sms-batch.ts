import "server-only";
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages, smsTemplateTexts } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { renderSmsTemplate, type SmsTemplate, smsTemplates } from "./templates";

export type QueuedSms = {
  idempotencyKey: string;
  phone: string;
  template: SmsTemplate;
  params: Record<string, string>;
  /**
   * The template's saved wording (null: none saved, the default applies), for a caller that read it
   * before taking a lock it must hold briefly; read here when absent.
   */
  wording?: string | null;
};

/**
 * `queueSms` for a job's batch: the saved wording of each template is read once and every message goes in
 * one INSERT, instead of two round trips per message (a night's reminders are tens of thousands). Same
 * rules: call it with the caller's transaction; a key already in the outbox queues nothing. Returns the
 * messages queued now, by idempotency key.
 */
export async function queueSmsBatch(db: Db, messages: readonly QueuedSms[]): Promise<Map<string, string>> {
  if (messages.length === 0) return new Map();
  for (const m of messages) {
    if (!phoneNumberPattern.test(m.phone.trim())) throw new Error("queueSms: not a mainland mobile number");
    if (!m.idempotencyKey) throw new Error("queueSms: idempotencyKey is required");
  }
  const templates = [...new Set(messages.filter((m) => m.wording === undefined).map((m) => m.template))];
  const saved = templates.length
    ? await db
        .select({ template: smsTemplateTexts.template, text: smsTemplateTexts.text })
        .from(smsTemplateTexts)
        .where(inArray(smsTemplateTexts.template, templates))
    : [];
  const wording = new Map<string, string>(saved.map((s) => [s.template, s.text]));

  const inserted = await db
    .insert(smsMessages)
    .values(
      messages.map((m) => {
        const phone = m.phone.trim();
        const text = m.wording === undefined ? wording.get(m.template) : m.wording;
        return {
          idempotencyKey: m.idempotencyKey,
          phoneHash: hashPii("phone", phone),
          phoneEnc: encryptPii(phone),
          template: m.template,
          params: m.params,
          body: renderSmsTemplate(m.template, m.params, text ?? smsTemplates[m.template]),
        };
      }),
    )
    .onConflictDoNothing({ target: smsMessages.idempotencyKey })
    .returning({ id: smsMessages.id, idempotencyKey: smsMessages.idempotencyKey });
  return new Map(inserted.map((r) => [r.idempotencyKey, r.id]));
}
