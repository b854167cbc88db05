import type { Db } from "@/db/client";
import { recordAudit } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { rateLimit } from "@/server/security/rate-limit";
import { matchIdentity } from "./match-identity";
import { parseRegistrationFields, type RegistrationFields } from "./parse-registration-fields";
import { spendSmsCodeTry } from "./spend-sms-code-try";
import { verifySmsCode } from "./verify-sms-code";

export type IdHolderAlert = RegistrationFields & { ip?: string | null; now?: Date };

/** However many people try, the holder of an ID number hears about it at most once a day. */
export const idHolderAlertWindowSeconds = 86_400;

/**
 * Offered when a registration finds the ID number already bound to another phone: texts that phone that
 * someone tried to register the ID number. Asks for the same proof as the registration (a good code for
 * the caller's phone, and the name that goes with the ID number), so it cannot be used to pester
 * strangers. `sent: false` means the holder was already told within the last day.
 */
export async function alertIdHolder(db: Db, params: IdHolderAlert): Promise<{ sent: boolean }> {
  const now = params.now ?? new Date();
  const ip = params.ip ?? null;
  const { phone, code, name, idNumber } = parseRegistrationFields(params);

  const check = await verifySmsCode(db, { purpose: "register", phone, code, now });
  if (!check.ok) throw new DomainError("INVALID_CODE");
  const identity = await matchIdentity(db, { name, idNumber });
  if (identity.kind === "mismatch") {
    await spendSmsCodeTry(db, { codeId: check.codeId });
    throw new DomainError("IDENTITY_MISMATCH");
  }
  if (identity.kind !== "taken" || !identity.holder.phoneEnc) throw new DomainError("NOT_FOUND");
  const { holder } = identity;

  const limit = await rateLimit(
    db,
    { key: `sms:id_holder_alert:${holder.id}`, limit: 1, windowSeconds: idHolderAlertWindowSeconds },
    now,
  );
  if (!limit.allowed) return { sent: false };
  await db.transaction(async (tx) => {
    await queueSms(tx, {
      idempotencyKey: `id_registration_attempt:${check.codeId}`,
      phone: decryptPii(holder.phoneEnc as string),
      template: "id_registration_attempt",
      params: {},
    });
    await recordAudit(tx, {
      actor: { id: null },
      action: "account.id_holder_alerted",
      targetType: "user",
      targetId: holder.id,
      subjectIdHash: identity.idNumberHash,
      details: { requesterPhone: maskPhone(phone) },
      ip,
    });
  });
  await kickSmsDispatch();
  return { sent: true };
}
