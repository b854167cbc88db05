import type { Db } from "@/db/client";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { checkPassword } from "./check-password";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { phoneNumberPattern } from "./phone-number";
import { recordSignInFailure, recordSignInSuccess, type SignInAttempt } from "./sign-in-attempts";
import { citizenSignInCounters } from "./sign-in-throttle";
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
  const user = await checkPassword(db, {
    attempt,
    password: params.password,
    guard: {
      kind: "throttle",
      counters: citizenSignInCounters("citizen_password", hashPii("phone", phone), attempt.ip),
    },
    find: () => findCitizenByPhone(db, phone),
  });
  return db.transaction((tx) => recordSignInSuccess(tx, user, attempt));
}
