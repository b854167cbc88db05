import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { makeIdNumber } from "@/server/population/id-number";
import { createTestDb } from "@/test/db";
import { insertTestUser } from "./test-accounts";
import { callerAs, callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey) => callerAsDemo(db, key);

/** An account the online check left unverified, with the given name and ID number. */
async function unverifiedCitizen(name: string, idNumber: string, phone: string) {
  const row = await insertTestUser(db, { roles: ["citizen"], name, phone, password: "Passw0rd!" });
  await db
    .update(users)
    .set({ verification: "unverified", idNumberHash: hashPii("id", idNumber), idNumberEnc: encryptPii(idNumber) })
    .where(eq(users.id, row.id));
  return row.id;
}

describe("citizens.verifyAtWindow", () => {
  it("verifies an out-of-province citizen once the window officer has checked the ID card, and audits it", async () => {
    const idNumber = makeIdNumber("320102", "1992-03-04", "017");
    const userId = await unverifiedCitizen("周晓", idNumber, "13911110001");
    const window = await as("windowOfficer");

    await expect(window.citizens.verifyAtWindow({ userId, idCardChecked: true })).resolves.toEqual({
      verification: "verified",
    });

    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row?.verification).toBe("verified");
    expect(row?.residentId).toBeNull();
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.verify_at_window"), eq(auditLog.targetId, userId)))
      .orderBy(desc(auditLog.id));
    expect(audit?.subjectIdHash).toBe(hashPii("id", idNumber));
    expect(JSON.stringify(audit?.details)).not.toContain(idNumber);

    await expect(window.citizens.verifyAtWindow({ userId, idCardChecked: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("links the register entry when the person is in it, and refuses a name that differs from the register", async () => {
    const mother = demoResidents.mother;
    const linked = await unverifiedCitizen(mother.name, mother.idNumber, "13911110002");
    await (await as("windowOfficer")).citizens.verifyAtWindow({ userId: linked, idCardChecked: true });
    const [row] = await db.select().from(users).where(eq(users.id, linked));
    expect(row?.residentId).not.toBeNull();

    const daughter = demoResidents.daughter;
    const wrongName = await unverifiedCitizen("王某某", daughter.idNumber, "13911110003");
    await expect(
      (await as("windowOfficer")).citizens.verifyAtWindow({ userId: wrongName, idCardChecked: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const [unchanged] = await db.select().from(users).where(eq(users.id, wrongName));
    expect(unchanged?.verification).toBe("unverified");
  });

  it("refuses without the ID-card check, and refuses every role but the window officer", async () => {
    const userId = await unverifiedCitizen("吴用", makeIdNumber("110101", "1988-08-08", "031"), "13911110004");
    const window = await as("windowOfficer");
    await expect(window.citizens.verifyAtWindow({ userId, idCardChecked: false } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    for (const key of ["stationOfficer", "countyApprover", "trafficOfficer", "insurer", "admin", "citizen"] as const) {
      await expect((await as(key)).citizens.verifyAtWindow({ userId, idCardChecked: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const signedOut = callerAs(db, null);
    await expect(signedOut.citizens.verifyAtWindow({ userId, idCardChecked: true })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row?.verification).toBe("unverified");
  });
});
