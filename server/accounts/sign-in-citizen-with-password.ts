import type { Db } from "@/db/client";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { burnPasswordCheck, verifyPassword } from "./password";
import { phoneNumberPattern } from "./phone-number";
import { recordSignInDenied, recordSignInFailure, recordSignInSuccess, type SignInAttempt } from "./sign-in-attempts";
import {
  assertSignInNotThrottled,
  citizenSignInCounters,
  clearSignInFailures,
  countSignInFailure,
} from "./sign-in-throttle";
import type { SignedIn } from "./signed-in";

export type CitizenPasswordSignIn = { phone: string; password: string; ip?: string | null; now?: Date };

export async function signInCitizenWithPassword(db: Db, params: CitizenPasswordSignIn): Promise<SignedIn> {
  const phone = params.phone.trim();
  const attempt: SignInAttempt = {
    channel: "citizen_password",
    who: { phone: maskPhone(phone) },
    ip: params.ip ?? null,
    now: params.now ?? new Date(),
  };
  if (!phoneNumberPattern.test(phone) || !params.password) {
    throw await recordSignInFailure(db, null, attempt, "malformed");
  }
  // Registered or not, the phone is throttled alike: the answers never tell which phones have accounts.
  const counters = citizenSignInCounters("citizen_password", hashPii("phone", phone), attempt.ip);
  await assertSignInNotThrottled(db, counters, attempt.now);
  const user = await findCitizenByPhone(db, phone);
  if (!user) {
    await burnPasswordCheck(params.password);
    await countSignInFailure(db, counters, attempt.now);
    throw await recordSignInFailure(db, null, attempt, "unknown_account");
  }
  if (!(await verifyPassword(user.passwordHash, params.password))) {
    await countSignInFailure(db, counters, attempt.now);
    throw await recordSignInFailure(db, user, attempt, "wrong_password");
  }
  if (user.status !== "active") {
    throw await recordSignInDenied(db, user, attempt, "disabled", new DomainError("ACCOUNT_DISABLED"));
  }
  await clearSignInFailures(db, counters);
  return db.transaction((tx) => recordSignInSuccess(tx, user, attempt));
}
