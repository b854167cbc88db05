import type { Db } from "@/db/client";
import { auditActorOf } from "./actor";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { issueSmsCode } from "./issue-sms-code";
import { limitSmsCodes } from "./limit-sms-codes";
import { phoneNumberPattern } from "./phone-number";
import { smsCodeRules } from "./sms-code-rules";

export type CitizenCodeRequest = {
  /** Codes that only an existing citizen account can use. */
  purpose: "sign_in" | "reset_password";
  phone: string;
  ip?: string | null;
  now?: Date;
};

/**
 * Sends a 6-digit code to a registered, active citizen's phone. The caller learns nothing about whether
 * the phone is registered: limits apply and the answer is the same either way; only the SMS differs.
 */
export async function requestCitizenCode(db: Db, params: CitizenCodeRequest): Promise<{ cooldownSeconds: number }> {
  const { purpose } = params;
  const phone = params.phone.trim();
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  if (!phoneNumberPattern.test(phone)) throw new DomainError("BAD_INPUT", {}, { phone: "PHONE_INVALID" });
  await limitSmsCodes(db, { purpose, phoneHash: hashPii("phone", phone), ip, now });

  const user = await findCitizenByPhone(db, phone);
  const sendable = !!user && user.status === "active";
  await db.transaction(async (tx) => {
    if (sendable) await issueSmsCode(tx, { purpose, phone, ip, now });
    await recordAudit(tx, {
      actor: auditActorOf(user),
      action: `auth.${purpose}_code.requested`,
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      outcome: sendable ? "ok" : "denied",
      details: { phone: maskPhone(phone), sent: sendable },
      ip,
    });
  });
  if (sendable) await kickSmsDispatch();
  return { cooldownSeconds: smsCodeRules.phoneCooldownSeconds };
}
