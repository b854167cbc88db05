import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { uniqueViolation } from "./unique-violation";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the statement to fail");
}

describe("uniqueViolation", () => {
  it("names the broken constraint through the driver's wrapped error, and ignores other failures", async () => {
    const citizen = await demoUserRow(db, "citizen");
    const duplicate = { roles: ["citizen" as const], name: "重复", passwordHash: "x" };
    const phone = await failure(db.insert(users).values({ ...duplicate, phoneHash: citizen.phoneHash }));
    expect(uniqueViolation(phone)).toBe("users_phoneHash_unique");
    const id = await failure(db.insert(users).values({ ...duplicate, idNumberHash: citizen.idNumberHash }));
    expect(uniqueViolation(id)).toBe("users_idNumberHash_unique");
    const other = await failure(db.insert(users).values({ ...duplicate, orgUnitId: -1 }));
    expect(uniqueViolation(other)).toBeNull();
    expect(uniqueViolation(new Error("boom"))).toBeNull();
  });
});
