import type { Db } from "@/db/client";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { issueSmsCode } from "./issue-sms-code";
import { limitSmsCodes } from "./limit-sms-codes";
import { phoneNumberPattern } from "./phone-number";
import { smsCodeRules } from "./sms-code-rules";

export type RegistrationCodeRequest = { phone: string; ip?: string | null; now?: Date };

/**
 * First step of registration: texts a code to the phone, whether or not it already has an account.
 * Saying "already registered" here would let anyone test numbers; only whoever can read the code learns
 * it (checkRegistrationCode), which is the phone's owner.
 */
export async function requestRegistrationCode(
  db: Db,
  params: RegistrationCodeRequest,
): Promise<{ cooldownSeconds: number }> {
  const phone = params.phone.trim();
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  if (!phoneNumberPattern.test(phone)) throw new DomainError("BAD_INPUT", {}, { phone: "PHONE_INVALID" });

  await limitSmsCodes(db, { purpose: "register", phoneHash: hashPii("phone", phone), ip, now });
  await db.transaction(async (tx) => {
    await issueSmsCode(tx, { purpose: "register", phone, ip, now });
    await recordAudit(tx, {
      actor: { id: null },
      action: "auth.register_code.requested",
      details: { phone: maskPhone(phone) },
      ip,
    });
  });
  await kickSmsDispatch();
  return { cooldownSeconds: smsCodeRules.phoneCooldownSeconds };
}
