import type { Db } from "@/db/client";
import { DomainError } from "@/server/errors";
import { isPhoneRegistered } from "./is-phone-registered";
import { parsePhoneAndCode } from "./parse-phone-and-code";
import { verifySmsCode } from "./verify-sms-code";

/**
 * The registration form's second step: a right code proves the phone is the caller's, and only then
 * does the answer say whether the phone already has an account (so the owner is sent to sign in instead
 * of typing everything else first). The code stays valid for the final submit, which uses it up.
 */
export async function checkRegistrationCode(
  db: Db,
  params: { phone: string; code: string; now?: Date },
): Promise<{ phoneRegistered: boolean }> {
  const { phone, code, fields } = parsePhoneAndCode(params);
  if (Object.keys(fields).length) throw new DomainError("BAD_INPUT", {}, fields);

  const check = await verifySmsCode(db, { purpose: "register", phone, code, now: params.now ?? new Date() });
  if (!check.ok) throw new DomainError("INVALID_CODE");
  return { phoneRegistered: await isPhoneRegistered(db, phone) };
}
