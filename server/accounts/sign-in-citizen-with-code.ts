import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { maskPhone } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { phoneNumberPattern } from "./phone-number";
import { signInCodeHash } from "./sign-in-code-hash";
import { signInCodeRules } from "./sign-in-code-rules";
import {
  assertNotLocked,
  recordSignInDenied,
  recordSignInFailure,
  recordSignInSuccess,
  type SignInAttempt,
} from "./sign-in-attempts";
import type { SignedIn } from "./signed-in";

export type CitizenCodeSignIn = { phone: string; code: string; ip?: string | null; now?: Date };

/**
 * Phone + SMS code. Only the newest code sent to the phone counts; it works once, for five minutes,
 * and dies after five wrong tries. Wrong codes also count towards the account lock.
 */
export async function signInCitizenWithCode(db: Db, params: CitizenCodeSignIn): Promise<SignedIn> {
  const phone = params.phone.trim();
  const code = params.code.trim();
  const now = params.now ?? new Date();
  const attempt: SignInAttempt = { channel: "citizen_code", who: { phone: maskPhone(phone) }, ip: params.ip ?? null, now };
  const invalidCode = new DomainError("INVALID_CODE");
  if (!phoneNumberPattern.test(phone) || !/^\d{6}$/.test(code)) {
    throw await recordSignInFailure(db, null, attempt, "malformed", invalidCode);
  }
  const user = await findCitizenByPhone(db, phone);
  if (!user) throw await recordSignInFailure(db, null, attempt, "unknown_account", invalidCode);
  await assertNotLocked(db, user, attempt);

  const [latest] = await db
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.phoneHash, hashPii("phone", phone)), eq(smsCodes.purpose, "sign_in")))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  const usable =
    latest && !latest.consumedAt && latest.expiresAt > now && latest.attempts < signInCodeRules.maxWrongTries;
  if (!usable) throw await recordSignInFailure(db, user, attempt, "no_usable_code", invalidCode);

  if (signInCodeHash(latest.id, code) !== latest.codeHash) {
    await db
      .update(smsCodes)
      .set({ attempts: sql`${smsCodes.attempts} + 1` })
      .where(eq(smsCodes.id, latest.id));
    throw await recordSignInFailure(db, user, attempt, "wrong_code", invalidCode);
  }
  if (user.status !== "active") {
    throw await recordSignInDenied(db, user, attempt, "disabled", new DomainError("ACCOUNT_DISABLED"));
  }

  const signedIn = await db.transaction(async (tx) => {
    // Conditional, so two requests racing with the same code cannot both sign in.
    const [consumed] = await tx
      .update(smsCodes)
      .set({ consumedAt: now })
      .where(
        and(
          eq(smsCodes.id, latest.id),
          isNull(smsCodes.consumedAt),
          lt(smsCodes.attempts, signInCodeRules.maxWrongTries),
        ),
      )
      .returning({ id: smsCodes.id });
    if (!consumed) return null;
    return recordSignInSuccess(tx, user, attempt);
  });
  if (!signedIn) throw await recordSignInFailure(db, user, attempt, "code_already_used", invalidCode);
  return signedIn;
}
