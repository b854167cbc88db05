import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { changePassword } from "./change-password";
import { loadSessionUser } from "./load-session-user";
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

let phoneSeq = 0;
async function newCitizen() {
  const phone = `1350000${String(++phoneSeq).padStart(4, "0")}`;
  const user = await insertTestUser(db, { roles: ["citizen"], phone, password: "Old@2026x" });
  return { phone, user, actor: { id: user.id, role: "citizen" } };
}

async function row(id: string) {
  const [r] = await db.select().from(users).where(eq(users.id, id));
  return r!;
}

describe("changing the password", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const { user, actor } = await newCitizen();
    const error = await refusal(
      changePassword(db, { userId: user.id, currentPassword: "Wrong@2026", newPassword: "New@2026x", actor }),
    );
    expect(error).toMatchObject({ code: "WRONG_PASSWORD", fields: { currentPassword: "WRONG_PASSWORD" } });
    const after = await row(user.id);
    expect(after.passwordHash).toBe(user.passwordHash);
    expect(after.sessionVersion).toBe(user.sessionVersion);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.password_changed"), eq(auditLog.targetId, user.id)));
    expect(entry?.outcome).toBe("failed");
  });

  it("refuses a weak new password with the rule it breaks, before checking anything else", async () => {
    const { user, actor } = await newCitizen();
    for (const [weak, problem] of [
      ["short1!", "PASSWORD_TOO_SHORT"],
      ["abcdefghij", "PASSWORD_ONE_CLASS"],
      ["1234567890", "PASSWORD_ONE_CLASS"],
    ] as const) {
      const error = await refusal(
        changePassword(db, { userId: user.id, currentPassword: "Old@2026x", newPassword: weak, actor }),
      );
      expect(error).toMatchObject({ code: "WEAK_PASSWORD", fields: { newPassword: problem } });
    }
    expect((await row(user.id)).passwordHash).toBe(user.passwordHash);
  });

  it("sets the new password and voids every session, so only the new password signs in", async () => {
    const { phone, user, actor } = await newCitizen();
    const before = await signInCitizenWithPassword(db, { phone, password: "Old@2026x" });
    await changePassword(db, {
      userId: user.id,
      currentPassword: "Old@2026x",
      newPassword: "New@2026x",
      actor,
      ip: "10.9.0.1",
    });

    expect(
      await loadSessionUser(db, { userId: user.id, sessionId: randomUUID(), sessionVersion: before.sessionVersion }),
    ).toBeNull();
    expect((await refusal(signInCitizenWithPassword(db, { phone, password: "Old@2026x" }))).code).toBe(
      "INVALID_CREDENTIALS",
    );
    const after = await signInCitizenWithPassword(db, { phone, password: "New@2026x" });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(
      await loadSessionUser(db, { userId: user.id, sessionId: randomUUID(), sessionVersion: after.sessionVersion }),
    ).not.toBeNull();

    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.password_changed"), eq(auditLog.targetId, user.id)));
    expect(entries).toMatchObject([{ outcome: "ok", actorId: user.id, ip: "10.9.0.1" }]);
    expect(JSON.stringify(entries)).not.toContain("New@2026x");
  });

  it("stops guessing the current password after 5 tries in 15 minutes", async () => {
    const { user, actor } = await newCitizen();
    const t0 = new Date("2026-11-27T08:00:00Z");
    for (let i = 0; i < 5; i++) {
      const error = await refusal(
        changePassword(db, {
          userId: user.id,
          currentPassword: `Guess@${i}xx`,
          newPassword: "New@2026x",
          actor,
          now: t0,
        }),
      );
      expect(error.code).toBe("WRONG_PASSWORD");
    }
    const limited = await refusal(
      changePassword(db, { userId: user.id, currentPassword: "Old@2026x", newPassword: "New@2026x", actor, now: t0 }),
    );
    expect(limited.code).toBe("RATE_LIMITED");
    expect((await row(user.id)).passwordHash).toBe(user.passwordHash);
    const later = new Date(t0.getTime() + 16 * 60_000);
    await changePassword(db, {
      userId: user.id,
      currentPassword: "Old@2026x",
      newPassword: "New@2026x",
      actor,
      now: later,
    });
  });
});
