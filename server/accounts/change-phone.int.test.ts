import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, smsMessages, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { hashPii } from "@/server/crypto/pii";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { createTestDb } from "@/test/db";
import { changePhone } from "./change-phone";
import { findCitizenByPhone } from "./find-citizen-by-phone";
import { requestChangePhoneCodes } from "./request-change-phone-codes";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
import { insertTestUser } from "./test-accounts";
import { verifySmsCode } from "./verify-sms-code";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());
beforeEach(() => vi.mocked(kickSmsDispatch).mockClear());

let phoneSeq = 0;
const nextPhone = () => `1390000${String(++phoneSeq).padStart(4, "0")}`;

async function newCitizen() {
  const phone = nextPhone();
  const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
  return { phone, user, actor: { id: user.id, role: "citizen" } };
}

async function texts(phone: string) {
  return db
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.phoneHash, hashPii("phone", phone)))
    .orderBy(desc(smsMessages.createdAt));
}

/** The code as its reader sees it: from the newest text to the phone. */
async function codeSentTo(phone: string) {
  const [sms] = await texts(phone);
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!sms || sms.template !== "change_phone_code" || !code) throw new Error("no change-phone code SMS");
  return code;
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function phoneHashOf(id: string) {
  const [row] = await db
    .select({ phoneHash: users.phoneHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, id));
  return row!;
}

describe("changing the bound phone", () => {
  it("texts a code to both the old and the new phone", async () => {
    const { phone, user, actor } = await newCitizen();
    const newPhone = nextPhone();
    const result = await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    expect(result).toEqual({
      cooldownSeconds: 60,
      maskedOldPhone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      maskedNewPhone: `${newPhone.slice(0, 3)}****${newPhone.slice(-4)}`,
    });
    expect((await texts(phone))[0]?.body).toContain("更换绑定手机号");
    expect((await texts(newPhone))[0]?.body).toContain("更换绑定手机号");
    expect(kickSmsDispatch).toHaveBeenCalledOnce();
  });

  it("needs both codes: a wrong one changes nothing and leaves the right one usable", async () => {
    const { phone, user, actor } = await newCitizen();
    const newPhone = nextPhone();
    await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    const [oldCode, newCode] = [await codeSentTo(phone), await codeSentTo(newPhone)];

    const onlyNew = await refusal(
      changePhone(db, { userId: user.id, newPhone, oldPhoneCode: wrong(oldCode), newPhoneCode: newCode, actor }),
    );
    expect(onlyNew).toMatchObject({ code: "INVALID_CODE", fields: { oldPhoneCode: "INVALID_CODE" } });
    const onlyOld = await refusal(
      changePhone(db, { userId: user.id, newPhone, oldPhoneCode: oldCode, newPhoneCode: wrong(newCode), actor }),
    );
    expect(onlyOld).toMatchObject({ code: "INVALID_CODE", fields: { newPhoneCode: "INVALID_CODE" } });
    expect((await phoneHashOf(user.id)).phoneHash).toBe(hashPii("phone", phone));
    expect(await texts(phone)).toHaveLength(1);

    await changePhone(db, { userId: user.id, newPhone, oldPhoneCode: oldCode, newPhoneCode: newCode, actor });
    expect((await phoneHashOf(user.id)).phoneHash).toBe(hashPii("phone", newPhone));
  });

  it("binds the new phone, keeps the session, tells the old phone, and signs in with the new number only", async () => {
    const { phone, user, actor } = await newCitizen();
    const newPhone = nextPhone();
    await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    const result = await changePhone(db, {
      userId: user.id,
      newPhone,
      oldPhoneCode: await codeSentTo(phone),
      newPhoneCode: await codeSentTo(newPhone),
      actor,
      ip: "10.8.0.1",
    });
    expect(result.maskedPhone).toBe(`${newPhone.slice(0, 3)}****${newPhone.slice(-4)}`);
    expect((await phoneHashOf(user.id)).sessionVersion).toBe(user.sessionVersion);

    const [notice] = await texts(phone);
    expect(notice?.template).toBe("phone_changed");
    expect(notice?.body).toContain(result.maskedPhone);
    expect(notice?.body).not.toContain(newPhone);

    expect(await findCitizenByPhone(db, phone)).toBeNull();
    expect((await signInCitizenWithPassword(db, { phone: newPhone, password: "Right@2026" })).user.id).toBe(user.id);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "account.phone_changed"), eq(auditLog.targetId, user.id), eq(auditLog.outcome, "ok")),
      );
    expect(entry?.details).toMatchObject({ from: expect.stringContaining("****"), to: result.maskedPhone });
    expect(JSON.stringify(entry)).not.toContain(phone);
    expect(JSON.stringify(entry)).not.toContain(newPhone);
  });

  it("codes are single use", async () => {
    const { phone, user, actor } = await newCitizen();
    const newPhone = nextPhone();
    await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    const codes = { oldPhoneCode: await codeSentTo(phone), newPhoneCode: await codeSentTo(newPhone) };
    await changePhone(db, { userId: user.id, newPhone, ...codes, actor });
    // Back to the first number with the same codes: refused, they were used up.
    expect((await refusal(changePhone(db, { userId: user.id, newPhone: phone, ...codes, actor }))).code).toBe(
      "INVALID_CODE",
    );
  });

  it("refuses a number bound to another account, and sends it nothing", async () => {
    const { user, actor } = await newCitizen();
    const taken = demoAccount("spareCitizen").login;
    const before = (await texts(taken)).length;
    const error = await refusal(requestChangePhoneCodes(db, { userId: user.id, newPhone: taken, actor }));
    expect(error).toMatchObject({ code: "PHONE_TAKEN", fields: { newPhone: "PHONE_TAKEN" } });
    expect(await texts(taken)).toHaveLength(before);
  });

  it("refuses a number another account took after the codes were sent, and keeps the codes", async () => {
    const { phone, user, actor } = await newCitizen();
    const newPhone = nextPhone();
    await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    const codes = { oldPhoneCode: await codeSentTo(phone), newPhoneCode: await codeSentTo(newPhone) };
    const other = await insertTestUser(db, { roles: ["citizen"], phone: newPhone, password: "Other@2026" });

    const error = await refusal(changePhone(db, { userId: user.id, newPhone, ...codes, actor }));
    expect(error.code).toBe("PHONE_TAKEN");
    expect((await phoneHashOf(user.id)).phoneHash).toBe(hashPii("phone", phone));
    expect((await phoneHashOf(other.id)).phoneHash).toBe(hashPii("phone", newPhone));
    const now = new Date();
    expect(await verifySmsCode(db, { purpose: "change_phone", phone, code: codes.oldPhoneCode, now })).toMatchObject({
      ok: true,
    });
    expect(
      await verifySmsCode(db, { purpose: "change_phone", phone: newPhone, code: codes.newPhoneCode, now }),
    ).toMatchObject({ ok: true });
  });

  it("refuses the number already bound, and a malformed one", async () => {
    const { phone, user, actor } = await newCitizen();
    expect(await refusal(requestChangePhoneCodes(db, { userId: user.id, newPhone: phone, actor }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { newPhone: "SAME_PHONE" },
    });
    expect(await refusal(requestChangePhoneCodes(db, { userId: user.id, newPhone: "12345", actor }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { newPhone: "PHONE_INVALID" },
    });
    expect(await texts(phone)).toHaveLength(0);
  });

  it("allows one request a minute", async () => {
    const { user, actor } = await newCitizen();
    const t0 = new Date("2026-11-27T08:00:00Z");
    await requestChangePhoneCodes(db, { userId: user.id, newPhone: nextPhone(), actor, now: t0 });
    const error = await refusal(
      requestChangePhoneCodes(db, {
        userId: user.id,
        newPhone: nextPhone(),
        actor,
        now: new Date(t0.getTime() + 30_000),
      }),
    );
    expect(error.code).toBe("RATE_LIMITED");
  });
});
