import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";

/** The six-digit code of the newest SMS of a template sent to a phone, as the citizen would read it. */
export async function latestSmsCode(db: Db, phone: string, template: string): Promise<string> {
  const [sms] = await db
    .select({ body: smsMessages.body })
    .from(smsMessages)
    .where(and(eq(smsMessages.phoneHash, hashPii("phone", phone)), eq(smsMessages.template, template)))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error(`no ${template} SMS with a code was sent to that phone`);
  return code;
}
