import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { checkPassword } from "./check-password";
import { findStaffByAccount } from "./find-staff-by-account";
import { maskAccount } from "./mask-account";
import { recordSignInDenied, recordSignInFailure, recordSignInSuccess, type SignInAttempt } from "./sign-in-attempts";
import type { SignedIn } from "./signed-in";
import { matchTotp } from "./totp";

export type StaffSignIn = { account: string; password: string; totp: string; ip?: string | null; now?: Date };

/**
 * Officers, approvers, insurers and admins: account + password + TOTP. A wrong password and a wrong
 * or replayed code fail with the same message, so the response never confirms a guessed password.
 */
export async function signInStaff(db: Db, params: StaffSignIn): Promise<SignedIn> {
  const account = params.account.trim();
  const now = params.now ?? new Date();
  const attempt: SignInAttempt = {
    channel: "staff",
    who: { account: maskAccount(account) },
    ip: params.ip ?? null,
    now,
  };
  const user = await checkPassword(db, {
    attempt,
    password: params.password,
    guard: { kind: "account-lock" },
    find: async () => (account ? findStaffByAccount(db, account) : null),
  });
  if (!user.totpSecretEnc || !user.totpEnabledAt) {
    throw await recordSignInDenied(db, user, attempt, "totp_not_enrolled", new DomainError("TOTP_NOT_ENROLLED"));
  }
  const step = matchTotp(decryptPii(user.totpSecretEnc), params.totp.trim(), now, user.totpLastStep);
  if (step == null) throw await recordSignInFailure(db, user, attempt, "wrong_totp");

  const signedIn = await db.transaction(async (tx) => {
    // Conditional on the stored step, so two requests racing with one code cannot both get in.
    const claimed = await tx
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    if (!claimed.length) return null;
    return recordSignInSuccess(tx, user, attempt);
  });
  if (!signedIn) throw await recordSignInFailure(db, user, attempt, "totp_replayed");
  return signedIn;
}
