import type { Db } from "@/db/client";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { consumeSmsCode } from "./consume-sms-code";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { phoneNumberPattern } from "./phone-number";
import { recordSignInDenied, recordSignInFailure, recordSignInSuccess, type SignInAttempt } from "./sign-in-attempts";
import {
  assertSignInNotThrottled,
  citizenSignInCounters,
  clearSignInFailures,
  countSignInFailure,
} from "./sign-in-throttle";
import type { SignedIn } from "./signed-in";
import { verifySmsCode } from "./verify-sms-code";

export type CitizenCodeSignIn = { phone: string; code: string; ip?: string | null; now?: Date };

/**
 * Phone + SMS code. Only the newest code sent to the phone counts; it works once, for five minutes,
 * and dies after five wrong tries. Wrong codes slow down further tries from the same source only (see
 * sign-in-throttle.ts), so nobody elsewhere can shut the owner out.
 */
export async function signInCitizenWithCode(db: Db, params: CitizenCodeSignIn): Promise<SignedIn> {
  const phone = params.phone.trim();
  const code = params.code.trim();
  const now = params.now ?? new Date();
  const attempt: SignInAttempt = {
    channel: "citizen_code",
    who: { phone: maskPhone(phone) },
    ip: params.ip ?? null,
    now,
  };
  const invalidCode = new DomainError("INVALID_CODE");
  if (!phoneNumberPattern.test(phone) || !/^\d{6}$/.test(code)) {
    throw await recordSignInFailure(db, null, attempt, "malformed", invalidCode);
  }
  const counters = citizenSignInCounters("citizen_code", hashPii("phone", phone), attempt.ip);
  await assertSignInNotThrottled(db, counters, now);
  const user = await findCitizenByPhone(db, phone);
  if (!user) {
    await countSignInFailure(db, counters, now);
    throw await recordSignInFailure(db, null, attempt, "unknown_account", invalidCode);
  }

  const check = await verifySmsCode(db, { purpose: "sign_in", phone, code, now });
  if (!check.ok) {
    await countSignInFailure(db, counters, now);
    throw await recordSignInFailure(db, user, attempt, check.reason, invalidCode);
  }
  if (user.status !== "active") {
    throw await recordSignInDenied(db, user, attempt, "disabled", new DomainError("ACCOUNT_DISABLED"));
  }

  const signedIn = await db.transaction(async (tx) => {
    if (!(await consumeSmsCode(tx, { codeId: check.codeId, now }))) return null;
    return recordSignInSuccess(tx, user, attempt);
  });
  if (!signedIn) throw await recordSignInFailure(db, user, attempt, "code_already_used", invalidCode);
  await clearSignInFailures(db, counters);
  return signedIn;
}
