import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, residents, smsCodes, smsMessages, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { makeIdNumber } from "@/server/population/id-number";
import { createTestDb } from "@/test/db";
import { alertIdHolder } from "./alert-id-holder";
import { checkRegistrationCode } from "./check-registration-code";
import { isPhoneRegistered } from "./is-phone-registered";
import { privacyNotice } from "./privacy-notice";
import { type CitizenRegistration, registerCitizen } from "./register-citizen";
import { requestRegistrationCode } from "./request-registration-code";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
import { refusal } from "@/test/refusal";

// Wrapped so a test can let a concurrent submit commit at one exact point of another.
vi.mock("./is-phone-registered", async (importOriginal) => {
  const real = await importOriginal<typeof import("./is-phone-registered")>();
  return { isPhoneRegistered: vi.fn(real.isPhoneRegistered) };
});

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());
beforeEach(() => vi.mocked(kickSmsDispatch).mockClear());

const t0 = new Date("2026-11-27T08:00:00Z");
const seconds = (s: number) => new Date(t0.getTime() + s * 1000);
const password = "Spring@2026";
const lina = demoResidents.unregistered;
/** Valid numbers from outside Henan: nobody in the seeded register has them. */
const outsider = (sequence: number) => makeIdNumber("110101", "1988-04-16", sequence);

let phoneSeq = 0;
/** A phone no test has used, so rate limits and codes never leak between tests. */
const newPhone = () => `1370000${String(++phoneSeq).padStart(4, "0")}`;

async function smsTo(phone: string, template?: string) {
  const rows = await db
    .select()
    .from(smsMessages)
    .where(eq(smsMessages.phoneHash, hashPii("phone", phone)))
    .orderBy(desc(smsMessages.createdAt));
  return template ? rows.filter((r) => r.template === template) : rows;
}

/** Asks for a registration code as the form does and reads it from the SMS, as the citizen would. */
async function codeFor(phone: string, now = t0) {
  await requestRegistrationCode(db, { phone, now });
  const [sms] = await smsTo(phone, "register_code");
  const code = sms?.body.match(/\d{6}/)?.[0];
  if (!code) throw new Error("no registration code SMS");
  return code;
}

function registration(phone: string, code: string, over: Partial<CitizenRegistration> = {}): CitizenRegistration {
  return {
    phone,
    code,
    name: lina.name,
    idNumber: lina.idNumber,
    password,
    consentVersion: privacyNotice.version,
    now: seconds(60),
    ...over,
  };
}

async function userCount() {
  return (await db.select({ id: users.id }).from(users)).length;
}

describe("registration", () => {
  it("verifies a person the register knows: account created, signed-in afterwards with the new password", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const [codeRow] = await db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, hashPii("phone", phone)));
    expect(codeRow?.purpose).toBe("register");
    expect(codeRow?.codeHash).not.toContain(code);
    expect(codeRow?.expiresAt.getTime()).toBe(t0.getTime() + 5 * 60_000);

    expect(await checkRegistrationCode(db, { phone, code, now: seconds(30) })).toEqual({ phoneRegistered: false });
    const outcome = await registerCitizen(db, registration(phone, code, { name: ` ${lina.name} ` }));
    expect(outcome.verification).toBe("verified");

    const [user] = await db.select().from(users).where(eq(users.id, outcome.userId));
    const [resident] = await db
      .select()
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", lina.idNumber)));
    expect(user).toMatchObject({
      roles: ["citizen"],
      name: lina.name,
      verification: "verified",
      residentId: resident?.id,
    });
    expect(user?.consentVersion).toBe(privacyNotice.version);
    expect(user?.consentedAt?.getTime()).toBe(seconds(60).getTime());
    expect(user?.idNumberEnc).not.toContain(lina.idNumber);
    expect(decryptPii(user?.idNumberEnc ?? "")).toBe(lina.idNumber);
    expect(user?.passwordHash).not.toContain(password);

    const welcome = await smsTo(phone, "registered_verified");
    expect(welcome).toHaveLength(1);
    expect(welcome[0]?.body).toContain("通过实名认证");
    expect(kickSmsDispatch).toHaveBeenCalled();
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.registered"), eq(auditLog.targetId, outcome.userId)));
    expect(audit?.subjectIdHash).toBe(hashPii("id", lina.idNumber));
    expect(JSON.stringify(audit?.details)).not.toContain(phone);

    const signedIn = await signInCitizenWithPassword(db, { phone, password, now: seconds(70) });
    expect(signedIn.user.id).toBe(outcome.userId);
  });

  it("creates an unverified account for a valid ID number the register does not hold", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const outcome = await registerCitizen(db, registration(phone, code, { name: "陈 思远", idNumber: outsider(11) }));
    expect(outcome.verification).toBe("unverified");
    const [user] = await db.select().from(users).where(eq(users.id, outcome.userId));
    expect(user).toMatchObject({ name: "陈 思远", verification: "unverified", residentId: null });
    expect(await smsTo(phone, "registered_unverified")).toHaveLength(1);
  });

  it("refuses a name that does not fit the ID number without saying which is wrong, and creates nothing", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const before = await userCount();
    const wrongName = await refusal(registerCitizen(db, registration(phone, code, { name: "李娟" })));
    expect(wrongName.code).toBe("IDENTITY_MISMATCH");
    expect(wrongName.params).toEqual({});
    // Another person's number with this name: the very same answer, so nobody learns which part is off.
    const wrongId = await refusal(
      registerCitizen(db, registration(phone, code, { idNumber: demoResidents.mother.idNumber })),
    );
    expect(wrongId).toEqual(wrongName);
    expect(await userCount()).toBe(before);
    expect(await smsTo(phone)).toHaveLength(1);
  });

  it("lets one code survive a typo in the name, but not five: each mismatch costs a try", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const before = await userCount();
    for (let i = 0; i < 4; i++) {
      expect((await refusal(registerCitizen(db, registration(phone, code, { name: "李那" })))).code).toBe(
        "IDENTITY_MISMATCH",
      );
    }
    expect(
      (await registerCitizen(db, registration(phone, code, { idNumber: outsider(12), name: "周一诺" }))).verification,
    ).toBe("unverified");
    expect(await userCount()).toBe(before + 1);

    const other = newPhone();
    const otherCode = await codeFor(other);
    for (let i = 0; i < 5; i++) {
      expect((await refusal(registerCitizen(db, registration(other, otherCode, { name: "李那" })))).code).toBe(
        "IDENTITY_MISMATCH",
      );
    }
    expect((await refusal(registerCitizen(db, registration(other, otherCode)))).code).toBe("INVALID_CODE");
  });

  it("refuses an ID number that already has an account, names the bound phone masked, and creates nothing", async () => {
    const citizen = demoAccount("citizen");
    const phone = newPhone();
    const code = await codeFor(phone);
    const before = await userCount();
    const taken = await refusal(
      registerCitizen(db, registration(phone, code, { name: citizen.name, idNumber: citizen.idNumber as string })),
    );
    expect(taken).toMatchObject({ code: "ID_ALREADY_REGISTERED", params: { phone: "138****8000" } });
    expect(await userCount()).toBe(before);
    expect(await smsTo(phone, "registered_verified")).toHaveLength(0);

    // Without the right name, the number's owner stays unknown: the answer is the plain mismatch.
    const guessed = await refusal(
      registerCitizen(db, registration(phone, code, { name: "张三", idNumber: citizen.idNumber as string })),
    );
    expect(guessed.code).toBe("IDENTITY_MISMATCH");
  });

  it("texts the holder of a taken ID number once, however often the button is pressed", async () => {
    const citizen = demoAccount("citizen");
    const phone = newPhone();
    const code = await codeFor(phone);
    const alert = { phone, code, name: citizen.name, idNumber: citizen.idNumber as string, now: seconds(60) };
    const results = await Promise.all([alertIdHolder(db, alert), alertIdHolder(db, alert)]);
    expect(results.map((r) => r.sent).sort()).toEqual([false, true]);
    const toHolder = await smsTo(citizen.login, "id_registration_attempt");
    expect(toHolder).toHaveLength(1);
    expect(toHolder[0]?.body).toContain("有人正尝试用您的身份证号注册");
    // The same day, another try by someone else does not text the holder again.
    const second = newPhone();
    const secondCode = await codeFor(second, seconds(120));
    expect((await alertIdHolder(db, { ...alert, phone: second, code: secondCode, now: seconds(130) })).sent).toBe(
      false,
    );
    expect(await smsTo(citizen.login, "id_registration_attempt")).toHaveLength(1);

    const stranger = await refusal(alertIdHolder(db, { ...alert, name: "张三" }));
    expect(stranger.code).toBe("IDENTITY_MISMATCH");
    const free = await refusal(alertIdHolder(db, { ...alert, name: "王五", idNumber: outsider(13) }));
    expect(free.code).toBe("NOT_FOUND");
  });

  it("treats an unverified account's ID number as taken too, but only for the name it was registered with", async () => {
    const first = newPhone();
    const idNumber = outsider(14);
    await registerCitizen(db, registration(first, await codeFor(first), { name: "孙可馨", idNumber }));
    const second = newPhone();
    const code = await codeFor(second);
    expect((await refusal(registerCitizen(db, registration(second, code, { name: "孙可心", idNumber })))).code).toBe(
      "IDENTITY_MISMATCH",
    );
    const taken = await refusal(registerCitizen(db, registration(second, code, { name: "孙可馨", idNumber })));
    expect(taken).toMatchObject({
      code: "ID_ALREADY_REGISTERED",
      params: { phone: `${first.slice(0, 3)}****${first.slice(-4)}` },
    });
  });

  it("sends a registered phone a code like any other, and tells only the code's reader to sign in instead", async () => {
    const phone = demoAccount("citizen").login;
    expect(await requestRegistrationCode(db, { phone, now: t0 })).toEqual({ cooldownSeconds: 60 });
    const code = (await smsTo(phone, "register_code"))[0]?.body.match(/\d{6}/)?.[0] as string;
    expect(await checkRegistrationCode(db, { phone, code, now: seconds(10) })).toEqual({ phoneRegistered: true });
    const before = await userCount();
    const refused = await refusal(
      registerCitizen(db, registration(phone, code, { name: "王秀兰", idNumber: demoResidents.mother.idNumber })),
    );
    expect(refused.code).toBe("PHONE_ALREADY_REGISTERED");
    expect(await userCount()).toBe(before);
  });

  it("refuses bad input field by field and changes nothing: the code still works afterwards", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const before = await userCount();
    const bad = await refusal(
      registerCitizen(db, {
        ...registration(phone, code),
        name: "Li3",
        idNumber: `${lina.idNumber.slice(0, 17)}${lina.idNumber.endsWith("0") ? "1" : "0"}`,
        password: "abcdefgh",
        consentVersion: "2020-01-01",
      }),
    );
    expect(bad).toMatchObject({
      code: "BAD_INPUT",
      fields: {
        name: "NAME_INVALID",
        idNumber: "ID_NUMBER_CHECKSUM",
        password: "PASSWORD_ONE_CLASS",
        consent: "CONSENT_REQUIRED",
      },
    });
    expect((await refusal(registerCitizen(db, registration(phone, code, { password: "Ab1!" })))).fields).toEqual({
      password: "PASSWORD_TOO_SHORT",
    });
    expect(
      (
        await refusal(
          registerCitizen(db, registration(phone, code, { idNumber: makeIdNumber("410105", "2099-08-20", "246") })),
        )
      ).fields,
    ).toEqual({
      idNumber: "ID_NUMBER_BIRTHDATE",
    });
    expect(await userCount()).toBe(before);
    const [codeRow] = await db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, hashPii("phone", phone)));
    expect(codeRow?.attempts).toBe(0);
    expect(codeRow?.consumedAt).toBeNull();
  });

  it("refuses a wrong code, a code older than 5 minutes, and a code already used", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    expect((await refusal(checkRegistrationCode(db, { phone, code: wrong, now: seconds(10) }))).code).toBe(
      "INVALID_CODE",
    );
    expect(
      (await refusal(registerCitizen(db, registration(phone, wrong, { idNumber: outsider(15), name: "吴梦瑶" })))).code,
    ).toBe("INVALID_CODE");
    const late = registration(phone, code, { idNumber: outsider(15), name: "吴梦瑶", now: seconds(5 * 60 + 1) });
    expect((await refusal(registerCitizen(db, late))).code).toBe("INVALID_CODE");

    const again = newPhone();
    const fresh = await codeFor(again);
    const input = registration(again, fresh, { idNumber: outsider(16), name: "吴梦瑶" });
    await registerCitizen(db, input);
    const [codeRow] = await db
      .select()
      .from(smsCodes)
      .where(eq(smsCodes.phoneHash, hashPii("phone", again)));
    expect(codeRow?.consumedAt).not.toBeNull();
    // A second submit of the same form: the code is spent and the phone now has its account.
    expect((await refusal(registerCitizen(db, input))).code).toBe("PHONE_ALREADY_REGISTERED");
    expect((await refusal(checkRegistrationCode(db, { phone: again, code: fresh, now: seconds(90) }))).code).toBe(
      "INVALID_CODE",
    );
  });

  it("creates one account and sends one SMS when the same form is submitted three times at once", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const before = await userCount();
    const input = registration(phone, code, { idNumber: outsider(17), name: "郭子墨" });
    const results = await Promise.allSettled([
      registerCitizen(db, input),
      registerCitizen(db, input),
      registerCitizen(db, input),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected")
        expect(["PHONE_ALREADY_REGISTERED", "INVALID_CODE"]).toContain((r.reason as { code: string }).code);
    }
    expect(await userCount()).toBe(before + 1);
    expect(await smsTo(phone, "registered_unverified")).toHaveLength(1);
  });

  it("tells the slower of two identical submits that the phone is registered, not that the ID number is taken", async () => {
    const phone = newPhone();
    const code = await codeFor(phone);
    const input = registration(phone, code, { idNumber: outsider(19), name: "郭子墨" });
    // The first submit commits after the second has checked the code and the phone, before it looks at the ID number.
    vi.mocked(isPhoneRegistered).mockImplementationOnce(async () => {
      await registerCitizen(db, input);
      return false;
    });
    const slower = await refusal(registerCitizen(db, input));
    expect(slower.code).toBe("PHONE_ALREADY_REGISTERED");
    expect(await smsTo(phone, "registered_unverified")).toHaveLength(1);
  });

  it("creates one account when two phones race to register the same ID number", async () => {
    const [a, b] = [newPhone(), newPhone()];
    const [codeA, codeB] = [await codeFor(a), await codeFor(b)];
    const idNumber = outsider(18);
    const results = await Promise.allSettled([
      registerCitizen(db, registration(a, codeA, { idNumber, name: "马一鸣" })),
      registerCitizen(db, registration(b, codeB, { idNumber, name: "马一鸣" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "ID_ALREADY_REGISTERED" });
    expect(
      await db
        .select()
        .from(users)
        .where(eq(users.idNumberHash, hashPii("id", idNumber))),
    ).toHaveLength(1);
  });
});

describe("registration codes: limits", () => {
  it("sends at most one code per phone per 60 seconds and 10 per day", async () => {
    const phone = newPhone();
    await requestRegistrationCode(db, { phone, now: t0 });
    expect(await refusal(requestRegistrationCode(db, { phone, now: seconds(20) }))).toMatchObject({
      code: "RATE_LIMITED",
      params: { seconds: 40 },
    });
    for (let i = 1; i < 10; i++) await requestRegistrationCode(db, { phone, now: seconds(i * 61) });
    expect((await refusal(requestRegistrationCode(db, { phone, now: seconds(10 * 61) }))).code).toBe("RATE_LIMITED");
    expect(await smsTo(phone, "register_code")).toHaveLength(10);
    await requestRegistrationCode(db, { phone, now: seconds(86_400 + 1) });
    expect(await smsTo(phone, "register_code")).toHaveLength(11);
  });

  it("limits codes per IP address across phones, and a refused request sends nothing", async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < 30; i++) await requestRegistrationCode(db, { phone: newPhone(), ip, now: t0 });
    const blocked = newPhone();
    expect(await refusal(requestRegistrationCode(db, { phone: blocked, ip, now: seconds(5) }))).toMatchObject({
      code: "RATE_LIMITED",
      params: { seconds: 3595 },
    });
    expect(await smsTo(blocked)).toHaveLength(0);
    await requestRegistrationCode(db, { phone: blocked, ip: "203.0.113.51", now: seconds(5) });
    expect(await smsTo(blocked)).toHaveLength(1);
  });

  it("refuses a malformed phone before anything is counted or sent", async () => {
    expect(await refusal(requestRegistrationCode(db, { phone: "12800138000", now: t0 }))).toMatchObject({
      code: "BAD_INPUT",
      fields: { phone: "PHONE_INVALID" },
    });
  });
});
