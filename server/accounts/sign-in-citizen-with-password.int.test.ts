import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { createTestDb } from "@/test/db";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
import { insertTestUser } from "./test-accounts";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const citizen = demoAccount("citizen");
const t0 = new Date("2026-11-27T08:00:00Z");

describe("citizen sign-in with phone and password", () => {
  it("signs in the demo citizen and records it with a masked phone", async () => {
    const result = await signInCitizenWithPassword(db, {
      phone: citizen.login,
      password: citizen.password,
      ip: "10.0.0.1",
    });
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

  it("answers a registered and an unregistered phone alike, wrong password after wrong password", async () => {
    const phone = "13700000001";
    await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
    const run = async (p: string) => {
      const answers = [];
      for (let i = 0; i < 7; i++) {
        const e = await refusal(
          signInCitizenWithPassword(db, { phone: p, password: `wrong${i}`, ip: "198.51.100.30", now: t0 }),
        );
        answers.push({ code: e.code, params: e.params });
      }
      return answers;
    };
    const registered = await run(phone);
    expect(await run("13700000009")).toEqual(registered);
    expect(registered.map((a) => a.code)).toEqual([
      ...Array(5).fill("INVALID_CREDENTIALS"),
      "RATE_LIMITED",
      "RATE_LIMITED",
    ]);
  });

  it("slows a guesser down with growing waits, and never shuts the owner out from elsewhere", async () => {
    const phone = "13700000005";
    const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Right@2026" });
    const attacker = "198.51.100.31";
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    const guess = (s: number) =>
      refusal(signInCitizenWithPassword(db, { phone, password: "guess", ip: attacker, now: at(s) }));
    for (let i = 0; i < 5; i++) await guess(0);
    expect(await guess(1)).toMatchObject({ code: "RATE_LIMITED", params: { seconds: 29 } });
    expect((await guess(30)).code).toBe("INVALID_CREDENTIALS");
    // The sixth failure doubled the wait.
    expect(await guess(31)).toMatchObject({ code: "RATE_LIMITED", params: { seconds: 59 } });

    const owner = await signInCitizenWithPassword(db, {
      phone,
      password: "Right@2026",
      ip: "203.0.113.31",
      now: at(32),
    });
    expect(owner.user.id).toBe(user.id);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.lockedUntil).toBeNull();
    expect(
      await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "auth.locked"), eq(auditLog.actorId, user.id))),
    ).toHaveLength(0);
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
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "wrong" }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "Right@2026" }))).code).toBe(
      "ACCOUNT_DISABLED",
    );
  });

  it("does not let staff sign in through the citizen form", async () => {
    const phone = "13700000004";
    await insertTestUser(db, { roles: ["station_officer"], phone, account: "T0001", password: "Right@2026" });
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "Right@2026" }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
  });
});
