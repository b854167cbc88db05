import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages } from "@/db/schema";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { maskPhone } from "@/server/crypto/mask";

export type SmsInboxEntry = {
  id: string;
  createdAt: Date;
  phoneMasked: string;
  template: string;
  status: "queued" | "sent" | "delivered" | "failed";
  /** The full text, codes included: this list exists so a person on the embedded default can read them. */
  body: string;
  attempts: number;
  lastError: string | null;
};

/** The dev inbox: newest messages first, optionally those to one phone number. */
export async function listSmsInbox(db: Db, p: { phone?: string; limit?: number } = {}): Promise<SmsInboxEntry[]> {
  const rows = await db
    .select({
      id: smsMessages.id,
      createdAt: smsMessages.createdAt,
      phoneEnc: smsMessages.phoneEnc,
      template: smsMessages.template,
      status: smsMessages.status,
      body: smsMessages.body,
      attempts: smsMessages.attempts,
      lastError: smsMessages.lastError,
    })
    .from(smsMessages)
    .where(p.phone ? eq(smsMessages.phoneHash, hashPii("phone", p.phone)) : undefined)
    .orderBy(desc(smsMessages.createdAt), desc(smsMessages.id))
    .limit(p.limit ?? 100);
  return rows.map(({ phoneEnc, ...row }) => ({ ...row, phoneMasked: maskPhone(decryptPii(phoneEnc)) }));
}
