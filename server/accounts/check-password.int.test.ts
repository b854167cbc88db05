import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { createTestDb } from "@/test/db";
import { checkPassword, type PasswordGuard } from "./check-password";
import { burnPasswordCheck } from "./password";
import { maxFailedSignIns, type SignInAttempt } from "./sign-in-attempts";
import { citizenSignInCounters } from "./sign-in-throttle";
import { insertTestUser } from "./test-accounts";

vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, burnPasswordCheck: vi.fn(real.burnPasswordCheck) };
});

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const t0 = new Date("2026-11-27T08:00:00Z");
const password = "Right#Pass2026";
const attempt = (channel: SignInAttempt["channel"] = "staff"): SignInAttempt => ({
  channel,
  who: {},
  ip: "203.0.113.9",
  now: t0,
});
const lock: PasswordGuard = { kind: "account-lock" };

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as DomainError;
  }
  throw new Error("expected the password check to refuse");
}

async function staff(account: string) {
  return insertTestUser(db, { roles: ["station_officer"], account, password, orgUnitCode: "41010501" });
}
const findRow = (id: string) => async () => (await db.select().from(users).where(eq(users.id, id)))[0] ?? null;

describe("checkPassword", () => {
  it("answers the account when the password is right and the account active", async () => {
    const user = await staff("cp-ok");
    await expect(
      checkPassword(db, { attempt: attempt(), password, guard: lock, find: findRow(user.id) }),
    ).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("spends the hashing time on an unknown account and refuses it like a wrong password", async () => {
    vi.mocked(burnPasswordCheck).mockClear();
    const unknown = await refusal(
      checkPassword(db, { attempt: attempt(), password, guard: lock, find: async () => null }),
    );
    expect(burnPasswordCheck).toHaveBeenCalledWith(password);
    const user = await staff("cp-wrong");
    const wrong = await refusal(
      checkPassword(db, { attempt: attempt(), password: "nope", guard: lock, find: findRow(user.id) }),
    );
    expect([unknown.code, wrong.code]).toEqual(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS"]);
  });

  it("locks a staff account after repeated wrong passwords, then refuses even the right one before checking it", async () => {
    const user = await staff("cp-lock");
    for (let i = 0; i < maxFailedSignIns; i++) {
      await refusal(checkPassword(db, { attempt: attempt(), password: "nope", guard: lock, find: findRow(user.id) }));
    }
    const locked = await refusal(
      checkPassword(db, { attempt: attempt(), password, guard: lock, find: findRow(user.id) }),
    );
    expect(locked.code).toBe("ACCOUNT_LOCKED");
  });

  it("refuses a disabled account only once its password is right, and gives one answer for all when asked", async () => {
    const user = await staff("cp-disabled");
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));
    const disabled = await refusal(
      checkPassword(db, { attempt: attempt(), password, guard: lock, find: findRow(user.id) }),
    );
    expect(disabled.code).toBe("ACCOUNT_DISABLED");
    const refused = new DomainError("TOTP_ENROLMENT_REFUSED");
    const check = (pw: string, find: () => Promise<typeof user | null>) =>
      refusal(checkPassword(db, { attempt: attempt("totp_enrolment"), password: pw, guard: lock, find, refused }));
    expect(await check(password, findRow(user.id))).toBe(refused);
    expect(await check("nope", findRow(user.id))).toBe(refused);
    expect(await check(password, async () => null)).toBe(refused);
  });

  it("throttles a citizen's phone whether or not it has an account, and a right password clears the count", async () => {
    const phone = "13900139123";
    const user = await insertTestUser(db, { roles: ["citizen"], phone, password });
    const guard: PasswordGuard = {
      kind: "throttle",
      counters: citizenSignInCounters("citizen_password", hashPii("phone", phone), "203.0.113.9"),
    };
    const check = (pw: string) =>
      checkPassword(db, { attempt: attempt("citizen_password"), password: pw, guard, find: findRow(user.id) });
    await refusal(check("nope"));
    await expect(check(password)).resolves.toMatchObject({ id: user.id });
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push((await refusal(check("nope"))).code);
    expect(codes).toContain("RATE_LIMITED");
    expect((await refusal(check(password))).code).toBe("RATE_LIMITED");
  });
});
