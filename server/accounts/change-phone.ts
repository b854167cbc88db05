import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import { users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii, encryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { consumeSmsCode } from "./consume-sms-code";
import { phoneNumberPattern } from "./phone-number";
import { verifySmsCode } from "./verify-sms-code";

export type ChangePhone = {
  userId: string;
  newPhone: string;
  oldPhoneCode: string;
  newPhoneCode: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * Binds the new phone once both codes from `requestChangePhoneCodes` are right. The session stays (the
 * account is the same; only its sign-in number changes), and the old phone gets a text saying so, so a
 * change the holder did not make does not go unnoticed.
 */
export async function changePhone(db: Db, params: ChangePhone): Promise<{ maskedPhone: string }> {
  const newPhone = params.newPhone.trim();
  const now = params.now ?? new Date();
  if (!phoneNumberPattern.test(newPhone)) throw new DomainError("BAD_INPUT", {}, { newPhone: "PHONE_INVALID" });

  const [user] = await db.select({ phoneEnc: users.phoneEnc }).from(users).where(eq(users.id, params.userId));
  if (!user?.phoneEnc) throw new DomainError("NOT_FOUND");
  const oldPhone = decryptPii(user.phoneEnc);
  if (oldPhone === newPhone) throw new DomainError("BAD_INPUT", {}, { newPhone: "SAME_PHONE" });
  const details = { from: maskPhone(oldPhone), to: maskPhone(newPhone) };
  const audit = {
    actor: params.actor,
    targetType: "user",
    targetId: params.userId,
    ip: params.ip,
    correlationId: params.correlationId,
  };

  const oldCheck = await verifySmsCode(db, {
    purpose: "change_phone",
    phone: oldPhone,
    code: params.oldPhoneCode.trim(),
    now,
  });
  const newCheck = await verifySmsCode(db, {
    purpose: "change_phone",
    phone: newPhone,
    code: params.newPhoneCode.trim(),
    now,
  });
  if (!oldCheck.ok || !newCheck.ok) {
    await recordAudit(db, {
      ...audit,
      action: "account.phone_changed",
      outcome: "failed",
      details: {
        ...details,
        oldPhoneCode: oldCheck.ok ? "ok" : oldCheck.reason,
        newPhoneCode: newCheck.ok ? "ok" : newCheck.reason,
      },
    });
    throw new DomainError(
      "INVALID_CODE",
      {},
      {
        ...(oldCheck.ok ? {} : { oldPhoneCode: "INVALID_CODE" }),
        ...(newCheck.ok ? {} : { newPhoneCode: "INVALID_CODE" }),
      },
    );
  }

  const newPhoneHash = hashPii("phone", newPhone);
  try {
    await db.transaction(async (tx) => {
      const [holder] = await tx.select({ id: users.id }).from(users).where(eq(users.phoneHash, newPhoneHash));
      if (holder) throw new DomainError("PHONE_TAKEN", {}, { newPhone: "PHONE_TAKEN" });
      // Throwing rolls both back: a code is never used up by a change that did not happen.
      for (const codeId of [oldCheck.codeId, newCheck.codeId]) {
        if (!(await consumeSmsCode(tx, { codeId, now }))) throw new DomainError("INVALID_CODE");
      }
      await tx
        .update(users)
        .set({ phoneHash: newPhoneHash, phoneEnc: encryptPii(newPhone) })
        .where(eq(users.id, params.userId));
      await recordAudit(tx, {
        ...audit,
        action: "account.phone_changed",
        // The keyed hashes let the data download find texts sent to numbers the account had before.
        details: { ...details, fromHash: hashPii("phone", oldPhone), toHash: newPhoneHash },
      });
      await queueSms(tx, {
        idempotencyKey: `phone_changed:${oldCheck.codeId}`,
        phone: oldPhone,
        template: "phone_changed",
        params: { phone: maskPhone(newPhone) },
      });
    });
  } catch (error) {
    // Another account bound the same number between the check and the update.
    if (uniqueViolation(error) !== null) throw new DomainError("PHONE_TAKEN", {}, { newPhone: "PHONE_TAKEN" });
    throw error;
  }
  await kickSmsDispatch();
  return { maskedPhone: maskPhone(newPhone) };
}
