import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { demoAccount } from "@/db/seed/demo-accounts";
import { createTestDb } from "@/test/db";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
import { insertTestUser } from "./test-accounts";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const citizen = demoAccount("citizen");
const t0 = new Date("2026-11-27T08:00:00Z");
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error("expected the sign-in to be refused");
}

describe("citizen sign-in with phone and password", () => {
  it("signs in the demo citizen and records it with a masked phone", async () => {
    const result = await signInCitizenWithPassword(db, { phone: citizen.login, password: citizen.password, ip: "10.0.0.1" });
    expect(result.user.roles).toEqual(["citizen"]);
    expect(result.user.name).toBe(citizen.name);
    expect(result.sessionVersion).toBe(1);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.actorId, result.user.id)));
    expect(entry?.outcome).toBe("ok");
    expect(entry?.ip).toBe("10.0.0.1");
    expect(JSON.stringify(entry?.details)).toContain("138****8000");
    expect(JSON.stringify(entry?.details)).not.toContain(citizen.login);
    const [row] = await db.select().from(users).where(eq(users.id, result.user.id));
    expect(row?.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown phone with the same message", async () => {
    const wrong = await refusal(signInCitizenWithPassword(db, { phone: citizen.login, password: "not-it" }));
    const unknown = await refusal(signInCitizenWithPassword(db, { phone: "13900000001", password: "whatever" }));
    expect(wrong.code).toBe("INVALID_CREDENTIALS");
    expect(unknown.code).toBe("INVALID_CREDENTIALS");
  });

  it("locks the account after 5 wrong passwords for 10 minutes, then lets the right one in", async () => {
    const phone = "13700000001";
    const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
    for (let i = 1; i <= 4; i++) {
      expect((await refusal(signInCitizenWithPassword(db, { phone, password: `wrong${i}`, now: minutes(0) }))).code).toBe(
        "INVALID_CREDENTIALS",
      );
    }
    const fifth = await refusal(signInCitizenWithPassword(db, { phone, password: "wrong5", now: minutes(0) }));
    expect(fifth).toMatchObject({ code: "ACCOUNT_LOCKED", params: { minutes: 10 } });

    // Even the right password is refused while locked, with the minutes left.
    const during = await refusal(signInCitizenWithPassword(db, { phone, password: "Right@2026", now: minutes(3) }));
    expect(during).toMatchObject({ code: "ACCOUNT_LOCKED", params: { minutes: 7 } });

    const locked = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.locked"), eq(auditLog.actorId, user.id)));
    expect(locked).toHaveLength(1);

    const after = await signInCitizenWithPassword(db, { phone, password: "Right@2026", now: minutes(10.1) });
    expect(after.user.id).toBe(user.id);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.failedSignIns).toBe(0);
    expect(row?.lockedUntil).toBeNull();
  });

  it("starts counting afresh after a successful sign-in", async () => {
    const phone = "13700000002";
    await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
    for (let i = 0; i < 4; i++) await refusal(signInCitizenWithPassword(db, { phone, password: "wrong", now: t0 }));
    await signInCitizenWithPassword(db, { phone, password: "Right@2026", now: t0 });
    for (let i = 0; i < 4; i++) {
      expect((await refusal(signInCitizenWithPassword(db, { phone, password: "wrong", now: t0 }))).code).toBe(
        "INVALID_CREDENTIALS",
      );
    }
  });

  it("tells a disabled account so only after the right password", async () => {
    const phone = "13700000003";
    const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "wrong" }))).code).toBe("INVALID_CREDENTIALS");
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "Right@2026" }))).code).toBe("ACCOUNT_DISABLED");
  });

  it("does not let staff sign in through the citizen form", async () => {
    const phone = "13700000004";
    await insertTestUser(db, { roles: ["station_officer"], phone, account: "T0001", password: "Right@2026" });
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "Right@2026" }))).code).toBe("INVALID_CREDENTIALS");
  });
});
