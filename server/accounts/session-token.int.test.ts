import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { refreshSessionToken, sessionMaxAgeSeconds } from "./refresh-session-token";
import { revokeSession } from "./revoke-session";
import { revokeSessions } from "./revoke-sessions";
import { insertTestUser } from "./test-accounts";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const t0 = new Date("2026-11-27T08:00:00Z");

/** Signs in (as the jwt callback does on the sign-in request) and returns the token the cookie would carry. */
async function signedInToken(userId: string, sessionVersion = 1) {
  const token = await refreshSessionToken(db, { token: {}, signedIn: { id: userId, sessionVersion }, now: t0 });
  if (!token) throw new Error("sign-in token refused");
  return token;
}

describe("the session check run on every request", () => {
  it("keeps a session whose user is active and whose version matches", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13600001001", password: "x", name: "王小明" });
    const token = await signedInToken(user.id);
    expect(token.user).toEqual({ id: user.id, name: "王小明", roles: ["citizen"], orgUnitId: null });
    const next = await refreshSessionToken(db, {
      token: { ...token, iat: 1, exp: 2 },
      now: new Date(t0.getTime() + 60_000),
    });
    expect(next?.user.id).toBe(user.id);
    // Only ids, version and sign-in time travel in the token; everything else comes from the row.
    expect(Object.keys(next ?? {}).sort()).toEqual(["at", "sid", "sub", "sv", "user"]);
  });

  it("voids every session at once when the user signs out everywhere", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13600001002", password: "x" });
    const token = await signedInToken(user.id);
    await revokeSessions(db, { userId: user.id, actor: { id: user.id } });
    expect(await refreshSessionToken(db, { token, now: t0 })).toBeNull();
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.sessionVersion).toBe(2);
    expect((await signedInToken(user.id, 2)).sv).toBe(2);
  });

  it("ends only the signed-out session: a copy of its cookie stops working, another device's goes on", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13600001004", password: "x" });
    const here = await signedInToken(user.id);
    const elsewhere = await signedInToken(user.id);
    expect(here.sid).not.toBe(elsewhere.sid);
    await revokeSession(db, { sessionId: here.sid, userId: user.id, signedInAtSeconds: here.at });
    expect(await refreshSessionToken(db, { token: { ...here }, now: t0 })).toBeNull();
    expect((await refreshSessionToken(db, { token: elsewhere, now: t0 }))?.user.id).toBe(user.id);
  });

  it("voids the session of an account that is disabled", async () => {
    const user = await insertTestUser(db, {
      roles: ["station_officer"],
      account: "T3001",
      password: "x",
      orgUnitCode: "41010501",
    });
    const token = await signedInToken(user.id);
    await db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));
    expect(await refreshSessionToken(db, { token, now: t0 })).toBeNull();
  });

  it("takes roles and unit from the row, so a change applies on the next request", async () => {
    const user = await insertTestUser(db, {
      roles: ["station_officer"],
      account: "T3002",
      password: "x",
      orgUnitCode: "41010501",
    });
    const token = await signedInToken(user.id);
    await db
      .update(users)
      .set({ roles: ["county_approver"], orgUnitId: null })
      .where(eq(users.id, user.id));
    const next = await refreshSessionToken(db, { token, now: t0 });
    expect(next?.user).toMatchObject({ roles: ["county_approver"], orgUnitId: null });
  });

  it("ends a session 8 hours after sign-in however often it is used", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13600001003", password: "x" });
    const token = await signedInToken(user.id);
    const justBefore = new Date(t0.getTime() + (sessionMaxAgeSeconds - 1) * 1000);
    expect(await refreshSessionToken(db, { token, now: justBefore })).not.toBeNull();
    const after = new Date(t0.getTime() + (sessionMaxAgeSeconds + 1) * 1000);
    expect(await refreshSessionToken(db, { token, now: after })).toBeNull();
  });

  it("refuses tokens it did not make and users that no longer exist", async () => {
    expect(await refreshSessionToken(db, { token: { sub: "not-a-uuid", sv: 1, at: 0 }, now: t0 })).toBeNull();
    expect(await refreshSessionToken(db, { token: { name: "x" }, now: t0 })).toBeNull();
    const ghost = {
      sub: "00000000-0000-4000-8000-000000000000",
      sid: "00000000-0000-4000-8000-000000000001",
      sv: 1,
      at: Math.floor(t0.getTime() / 1000),
    };
    expect(await refreshSessionToken(db, { token: ghost, now: t0 })).toBeNull();
  });
});
