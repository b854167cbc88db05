import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import type { SmsCodePurpose } from "./issue-sms-code";
import { smsCodeHash } from "./sms-code-hash";
import { smsCodeRules } from "./sms-code-rules";

export type SmsCodeCheck = { ok: true; codeId: string } | { ok: false; reason: "no_usable_code" | "wrong_code" };

/**
 * Checks a code against the newest one sent to the phone for this purpose: only that one counts, for
 * five minutes, and it dies after five wrong tries (a wrong try is counted here, committed at once).
 * It does not use the code up: call `consumeSmsCode` in the transaction that acts on it.
 */
export async function verifySmsCode(
  db: Db,
  params: { purpose: SmsCodePurpose; phone: string; code: string; now: Date },
): Promise<SmsCodeCheck> {
  const [latest] = await db
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.phoneHash, hashPii("phone", params.phone)), eq(smsCodes.purpose, params.purpose)))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  const usable =
    latest && !latest.consumedAt && latest.expiresAt > params.now && latest.attempts < smsCodeRules.maxWrongTries;
  if (!usable) return { ok: false, reason: "no_usable_code" };
  if (smsCodeHash(latest.id, params.code) !== latest.codeHash) {
    await db
      .update(smsCodes)
      .set({ attempts: sql`${smsCodes.attempts} + 1` })
      .where(eq(smsCodes.id, latest.id));
    return { ok: false, reason: "wrong_code" };
  }
  return { ok: true, codeId: latest.id };
}
