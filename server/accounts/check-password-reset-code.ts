import type { Db } from "@/db/client";
import { DomainError } from "@/server/errors";
import { parsePhoneAndCode } from "./parse-phone-and-code";
import { verifySmsCode } from "./verify-sms-code";

/**
 * The reset form's second step, so a mistyped code is caught before the new password is chosen. An
 * unknown phone never got a code, so it fails exactly like a wrong one. The code is not used up here.
 */
export async function checkPasswordResetCode(
  db: Db,
  params: { phone: string; code: string; now?: Date },
): Promise<{ ok: true }> {
  const { phone, code, fields } = parsePhoneAndCode(params);
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);
  const check = await verifySmsCode(db, { purpose: "reset_password", phone, code, now: params.now ?? new Date() });
  if (!check.ok) throw new DomainError("INVALID_CODE");
  return { ok: true };
}
