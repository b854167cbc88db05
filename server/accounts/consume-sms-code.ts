import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";
import { smsCodeRules } from "./sms-code-rules";

/**
 * Uses up a code `verifySmsCode` accepted. Conditional, so two requests racing with the same code cannot
 * both act on it: false means another request got there first.
 */
export async function consumeSmsCode(tx: Db, params: { codeId: string; now: Date }): Promise<boolean> {
  const [consumed] = await tx
    .update(smsCodes)
    .set({ consumedAt: params.now })
    .where(
      and(
        eq(smsCodes.id, params.codeId),
        isNull(smsCodes.consumedAt),
        lt(smsCodes.attempts, smsCodeRules.maxWrongTries),
      ),
    )
    .returning({ id: smsCodes.id });
  return !!consumed;
}
