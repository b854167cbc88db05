import type { Db } from "@/db/client";
import { maskPhone } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { burnPasswordCheck, verifyPassword } from "./password";
import { phoneNumberPattern } from "./phone-number";
import {
  assertNotLocked,
  recordSignInDenied,
  recordSignInFailure,
  recordSignInSuccess,
  type SignInAttempt,
} from "./sign-in-attempts";
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
  const user = await findCitizenByPhone(db, phone);
  if (!user) {
    await burnPasswordCheck(params.password);
    throw await recordSignInFailure(db, null, attempt, "unknown_account");
  }
  await assertNotLocked(db, user, attempt);
  if (!(await verifyPassword(user.passwordHash, params.password))) {
    throw await recordSignInFailure(db, user, attempt, "wrong_password");
  }
  if (user.status !== "active") {
    throw await recordSignInDenied(db, user, attempt, "disabled", new DomainError("ACCOUNT_DISABLED"));
  }
  return db.transaction((tx) => recordSignInSuccess(tx, user, attempt));
}
