import type { Db } from "@/db/client";
import { requestCitizenCode } from "./request-citizen-code";

export type PasswordResetCodeRequest = { phone: string; ip?: string | null; now?: Date };

/**
 * The reset form's code. Unknown phones get the same answer and the same limits, and simply no SMS,
 * so the form cannot be used to find out who is registered (see requestCitizenCode).
 */
export function requestPasswordResetCode(
  db: Db,
  params: PasswordResetCodeRequest,
): Promise<{ cooldownSeconds: number }> {
  return requestCitizenCode(db, { ...params, purpose: "reset_password" });
}
