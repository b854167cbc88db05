import type { Db } from "@/db/client";
import { requestCitizenCode } from "./request-citizen-code";

export type SignInCodeRequest = { phone: string; ip?: string | null; now?: Date };

/** The SMS sign-in form's code: see requestCitizenCode for what the caller may and may not learn. */
export function requestSignInCode(db: Db, params: SignInCodeRequest): Promise<{ cooldownSeconds: number }> {
  return requestCitizenCode(db, { ...params, purpose: "sign_in" });
}
