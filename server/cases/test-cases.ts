import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsMessages, users } from "@/db/schema";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import type { SessionUser } from "@/server/accounts/session-user";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { makeIdNumber } from "@/server/population/id-number";

let serial = 0;
const runTag = Math.floor(Math.random() * 900) + 100;

/** For integration tests: a mobile number no other test of the run uses. */
export function testPhone(): string {
  serial += 1;
  return `139${String(runTag).padStart(3, "0")}${String(serial).padStart(5, "0")}`;
}

/** A valid ID number no other test of the run uses. */
export function testIdNumber(): string {
  serial += 1;
  const birthDate = `${1950 + (serial % 60)}-0${1 + (serial % 9)}-${10 + (serial % 19)}`;
  return makeIdNumber("410105", birthDate, (serial % 998) + 1);
}

/** A real-name verified citizen account of its own, so per-account limits of one test do not spill into another. */
export async function verifiedTestCitizen(db: Db): Promise<SessionUser> {
  const row = await insertTestUser(db, { roles: ["citizen"], phone: testPhone(), password: "Demo@2026x" });
  await db.update(users).set({ verification: "verified" }).where(eq(users.id, row.id));
  return { id: row.id, name: row.name, roles: ["citizen"], orgUnitId: null };
}

/** Issues a case-query code to the phone without the request limits, and reads it back from the outbox. */
export async function issueTestCaseCode(db: Db, phone: string, now: Date = new Date()): Promise<string> {
  const { codeId } = await issueSmsCode(db, { purpose: "case_query", phone, ip: null, now });
  const [sms] = await db
    .select({ body: smsMessages.body })
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, `case_query_code:${codeId}`));
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error("no case query code SMS");
  return code;
}
