import { hashPii } from "@/server/crypto/pii";

/** The hash binds the code to its row, so a code can never be checked against another request's row. */
export function smsCodeHash(codeId: string, code: string) {
  return hashPii("code", `${codeId}:${code}`);
}
