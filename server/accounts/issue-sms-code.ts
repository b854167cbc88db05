import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { queueSms } from "@/server/notify/queue-sms";
import type { SmsTemplate } from "@/server/notify/templates";
import { randomCode } from "@/server/numbering/random-code";
import { smsCodeHash } from "./sms-code-hash";
import { smsCodeRules } from "./sms-code-rules";

/** The text each kind of code is sent in; a purpose without a template cannot be issued. */
const templateOf = {
  sign_in: "sign_in_code",
  register: "register_code",
  reset_password: "reset_password_code",
  change_phone: "change_phone_code",
  accident_sign: "accident_sign_code",
  case_query: "case_query_code",
  query_confirm: "query_confirm_code",
} as const satisfies Record<string, SmsTemplate>;

export type SmsCodePurpose = keyof typeof templateOf;

/**
 * Stores a fresh 6-digit code (as a keyed hash only) and queues the SMS that carries it. Pass the
 * caller's transaction, and call `kickSmsDispatch()` after it commits.
 */
export async function issueSmsCode(
  tx: Db,
  params: { purpose: SmsCodePurpose; phone: string; ip: string | null; now: Date },
): Promise<{ codeId: string }> {
  const { purpose, phone, ip, now } = params;
  const id = randomUUID();
  const code = randomCode(6);
  await tx.insert(smsCodes).values({
    id,
    purpose,
    phoneHash: hashPii("phone", phone),
    codeHash: smsCodeHash(id, code),
    expiresAt: new Date(now.getTime() + smsCodeRules.validMinutes * 60_000),
    ip,
    createdAt: now,
  });
  await queueSms(tx, {
    idempotencyKey: `${purpose}_code:${id}`,
    phone,
    template: templateOf[purpose],
    params: { code },
  });
  return { codeId: id };
}
