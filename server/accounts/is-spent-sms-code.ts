import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import type { SmsCodePurpose } from "./issue-sms-code";
import { smsCodeHash } from "./sms-code-hash";
import { smsCodeRules } from "./sms-code-rules";

/**
 * Whether `code` is the newest code of the phone and was already used: a form submitted again (a retry
 * after a lost response, a second tab). Only someone who read the code can get a yes, and wrong guesses
 * count as tries on that row like any wrong code, so this cannot be used to probe phones.
 */
export async function isSpentSmsCode(
  db: Db,
  params: { purpose: SmsCodePurpose; phone: string; code: string },
): Promise<boolean> {
  const [latest] = await db
    .select()
    .from(smsCodes)
    .where(and(eq(smsCodes.phoneHash, hashPii("phone", params.phone)), eq(smsCodes.purpose, params.purpose)))
    .orderBy(desc(smsCodes.createdAt))
    .limit(1);
  if (!latest?.consumedAt || latest.attempts >= smsCodeRules.maxWrongTries) return false;
  if (smsCodeHash(latest.id, params.code) === latest.codeHash) return true;
  await db
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(and(eq(smsCodes.id, latest.id), isNotNull(smsCodes.consumedAt)));
  return false;
}
