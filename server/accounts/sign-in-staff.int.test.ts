import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { createTestDb } from "@/test/db";
import { signInStaff } from "./sign-in-staff";
import { demoUserRow, insertTestUser } from "./test-accounts";
import { totpCode } from "./totp";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const officer = demoAccount("stationOfficer");
const secret = officer.totpSecret as string;
const t0 = new Date("2026-11-27T08:00:10Z");
const seconds = (s: number) => new Date(t0.getTime() + s * 1000);

describe("staff sign-in with account, password and TOTP", () => {
  it("accepts the current code and returns the officer with unit and roles", async () => {
    const result = await signInStaff(db, {
      account: officer.login,
      password: officer.password,
      totp: totpCode(secret, t0),
      now: t0,
    });
    expect(result.user.roles).toEqual(["station_officer"]);
    expect(result.user.orgUnitId).not.toBeNull();
  });

  it("refuses the same code again (replay), even within its 30 seconds", async () => {
    const replay = await refusal(
      signInStaff(db, {
        account: officer.login,
        password: officer.password,
        totp: totpCode(secret, t0),
        now: seconds(5),
      }),
    );
    expect(replay.code).toBe("INVALID_CREDENTIALS");
  });

  it("accepts the next step's code, and a code one step early or late", async () => {
    await signInStaff(db, {
      account: officer.login,
      password: officer.password,
      totp: totpCode(secret, seconds(30)),
      now: seconds(30),
    });
    // One step ahead of the server clock (a phone running fast).
    await signInStaff(db, {
      account: officer.login,
      password: officer.password,
      totp: totpCode(secret, seconds(90)),
      now: seconds(60),
    });
  });

  it("refuses a wrong code or a code two steps away with the same message as a wrong password", async () => {
    const wrongCode = await refusal(
      signInStaff(db, { account: officer.login, password: officer.password, totp: "000000", now: seconds(300) }),
    );
    const stale = await refusal(
      signInStaff(db, {
        account: officer.login,
        password: officer.password,
        totp: totpCode(secret, seconds(240)),
        now: seconds(300),
      }),
    );
    const wrongPassword = await refusal(
      signInStaff(db, {
        account: officer.login,
        password: "nope",
        totp: totpCode(secret, seconds(300)),
        now: seconds(300),
      }),
    );
    expect([wrongCode.code, stale.code, wrongPassword.code]).toEqual([
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
    ]);
    const row = await demoUserRow(db, "stationOfficer");
    expect(row.failedSignIns).toBe(3);
  });

  it("locks after 5 failures counting wrong codes, and refuses the right code while locked", async () => {
    const totpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const user = await insertTestUser(db, {
      roles: ["county_approver"],
      account: "T1001",
      password: "Right@2026",
      totpSecret,
      orgUnitCode: "410105",
    });
    for (let i = 0; i < 4; i++) {
      await refusal(signInStaff(db, { account: "T1001", password: "Right@2026", totp: "123456", now: t0 }));
    }
    const fifth = await refusal(signInStaff(db, { account: "T1001", password: "wrong", totp: "123456", now: t0 }));
    expect(fifth).toMatchObject({ code: "ACCOUNT_LOCKED", params: { minutes: 10 } });
    const locked = await refusal(
      signInStaff(db, {
        account: "T1001",
        password: "Right@2026",
        totp: totpCode(totpSecret, seconds(60)),
        now: seconds(60),
      }),
    );
    expect(locked).toMatchObject({ code: "ACCOUNT_LOCKED", params: { minutes: 9 } });
    const after = await signInStaff(db, {
      account: "T1001",
      password: "Right@2026",
      totp: totpCode(totpSecret, seconds(601)),
      now: seconds(601),
    });
    expect(after.user.id).toBe(user.id);
  });

  it("sends an officer without an authenticator to enrolment, after the right password only", async () => {
    const fresh = demoAccount("newOfficer");
    expect((await refusal(signInStaff(db, { account: fresh.login, password: "wrong", totp: "123456" }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    expect(
      (await refusal(signInStaff(db, { account: fresh.login, password: fresh.password, totp: "123456" }))).code,
    ).toBe("TOTP_NOT_ENROLLED");
  });

  it("refuses unknown accounts and disabled staff", async () => {
    expect((await refusal(signInStaff(db, { account: "nobody", password: "x", totp: "123456" }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    const insurer = demoAccount("insurer");
    const row = await demoUserRow(db, "insurer");
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, row.id));
    const disabled = await refusal(
      signInStaff(db, {
        account: insurer.login,
        password: insurer.password,
        totp: totpCode(insurer.totpSecret as string, t0),
        now: t0,
      }),
    );
    expect(disabled.code).toBe("ACCOUNT_DISABLED");
  });
});
