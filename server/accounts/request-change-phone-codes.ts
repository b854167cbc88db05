import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { issueSmsCode } from "./issue-sms-code";
import { limitSmsCodes } from "./limit-sms-codes";
import { phoneNumberPattern } from "./phone-number";
import { smsCodeRules } from "./sms-code-rules";

export type ChangePhoneCodesRequest = {
  userId: string;
  newPhone: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * First step of changing the bound phone: one code to the phone the account has now (proof the holder
 * still has it) and one to the new phone (proof it is theirs). A number bound to another account is
 * refused before anything is sent: it can only be freed at a window or by that account.
 */
export async function requestChangePhoneCodes(
  db: Db,
  params: ChangePhoneCodesRequest,
): Promise<{ cooldownSeconds: number; maskedOldPhone: string; maskedNewPhone: string }> {
  const newPhone = params.newPhone.trim();
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  if (!phoneNumberPattern.test(newPhone)) throw new DomainError("BAD_INPUT", {}, { newPhone: "PHONE_INVALID" });

  const [user] = await db.select({ phoneEnc: users.phoneEnc }).from(users).where(eq(users.id, params.userId));
  if (!user?.phoneEnc) throw new DomainError("NOT_FOUND");
  const oldPhone = decryptPii(user.phoneEnc);
  if (oldPhone === newPhone) throw new DomainError("BAD_INPUT", {}, { newPhone: "SAME_PHONE" });
  const newPhoneHash = hashPii("phone", newPhone);
  const [holder] = await db.select({ id: users.id }).from(users).where(eq(users.phoneHash, newPhoneHash));
  if (holder) throw new DomainError("PHONE_TAKEN", {}, { newPhone: "PHONE_TAKEN" });

  await limitSmsCodes(db, { purpose: "change_phone", phoneHash: hashPii("phone", oldPhone), ip, now });
  await limitSmsCodes(db, { purpose: "change_phone", phoneHash: newPhoneHash, ip: null, now });

  const masked = { maskedOldPhone: maskPhone(oldPhone), maskedNewPhone: maskPhone(newPhone) };
  await db.transaction(async (tx) => {
    await issueSmsCode(tx, { purpose: "change_phone", phone: oldPhone, ip, now });
    await issueSmsCode(tx, { purpose: "change_phone", phone: newPhone, ip, now });
    await recordAudit(tx, {
      actor: params.actor,
      action: "account.change_phone_codes_sent",
      targetType: "user",
      targetId: params.userId,
      details: { from: masked.maskedOldPhone, to: masked.maskedNewPhone },
      ip,
      correlationId: params.correlationId,
    });
  });
  await kickSmsDispatch();
  return { cooldownSeconds: smsCodeRules.phoneCooldownSeconds, ...masked };
}
