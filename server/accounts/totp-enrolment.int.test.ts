import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, totpEnrolments, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { createTestDb } from "@/test/db";
import { confirmTotpEnrolment } from "./confirm-totp-enrolment";
import { signInStaff } from "./sign-in-staff";
import { startTotpEnrolment } from "./start-totp-enrolment";
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

const fresh = demoAccount("newOfficer");
const t0 = new Date("2026-11-27T08:00:10Z");
const seconds = (s: number) => new Date(t0.getTime() + s * 1000);

describe("TOTP enrolment for a new officer", () => {
  it("refuses a wrong password and counts it towards the lock", async () => {
    const wrong = await refusal(startTotpEnrolment(db, { account: fresh.login, password: "wrong", now: t0 }));
    expect(wrong.code).toBe("TOTP_ENROLMENT_REFUSED");
    expect((await demoUserRow(db, "newOfficer")).failedSignIns).toBe(1);
  });

  it("binds the secret only after a correct first code, then the officer signs in with the next code", async () => {
    const enrolment = await startTotpEnrolment(db, { account: fresh.login, password: fresh.password, now: t0 });
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);

    const [pending] = await db.select().from(totpEnrolments);
    expect(pending?.secretEnc).not.toContain(enrolment.secret);
    expect(pending?.tokenHash).not.toBe(enrolment.token);

    const wrong = await refusal(confirmTotpEnrolment(db, { token: enrolment.token, code: "000000", now: seconds(20) }));
    expect(wrong.code).toBe("INVALID_TOTP");
    const unbound = await demoUserRow(db, "newOfficer");
    expect(unbound.totpEnabledAt).toBeNull();
    expect(unbound.totpSecretEnc).toBeNull();
    const stillNot = await refusal(
      signInStaff(db, {
        account: fresh.login,
        password: fresh.password,
        totp: totpCode(enrolment.secret, seconds(20)),
        now: seconds(20),
      }),
    );
    expect(stillNot.code).toBe("TOTP_NOT_ENROLLED");

    const firstCode = totpCode(enrolment.secret, seconds(30));
    expect(await confirmTotpEnrolment(db, { token: enrolment.token, code: firstCode, now: seconds(30) })).toEqual({
      account: fresh.login,
    });
    const bound = await demoUserRow(db, "newOfficer");
    expect(bound.totpEnabledAt).not.toBeNull();
    expect(await db.select().from(totpEnrolments).where(eq(totpEnrolments.userId, bound.id))).toHaveLength(0);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "auth.totp.enrolled"))).toHaveLength(1);

    // The code used to confirm cannot also sign in.
    const replay = await refusal(
      signInStaff(db, { account: fresh.login, password: fresh.password, totp: firstCode, now: seconds(35) }),
    );
    expect(replay.code).toBe("INVALID_CREDENTIALS");
    const signedIn = await signInStaff(db, {
      account: fresh.login,
      password: fresh.password,
      totp: totpCode(enrolment.secret, seconds(60)),
      now: seconds(60),
    });
    expect(signedIn.user.id).toBe(bound.id);
  });

  it("refuses to enrol an officer who already has an authenticator", async () => {
    const officer = demoAccount("stationOfficer");
    const again = await refusal(startTotpEnrolment(db, { account: officer.login, password: officer.password }));
    expect(again.code).toBe("TOTP_ENROLMENT_REFUSED");
  });

  it("lets an enrolment expire after 10 minutes and honours only the newest one", async () => {
    await insertTestUser(db, {
      roles: ["window_officer"],
      account: "T2001",
      password: "Right@2026",
      orgUnitCode: "41010501",
    });
    const first = await startTotpEnrolment(db, { account: "T2001", password: "Right@2026", now: t0 });
    const second = await startTotpEnrolment(db, { account: "T2001", password: "Right@2026", now: t0 });
    const superseded = await refusal(
      confirmTotpEnrolment(db, { token: first.token, code: totpCode(first.secret, t0), now: t0 }),
    );
    expect(superseded.code).toBe("TOTP_ENROLMENT_EXPIRED");
    const late = seconds(10 * 60 + 1);
    const expired = await refusal(
      confirmTotpEnrolment(db, { token: second.token, code: totpCode(second.secret, late), now: late }),
    );
    expect(expired.code).toBe("TOTP_ENROLMENT_EXPIRED");
    const [row] = await db.select().from(users).where(eq(users.account, "T2001"));
    expect(row?.totpEnabledAt).toBeNull();
  });
});
