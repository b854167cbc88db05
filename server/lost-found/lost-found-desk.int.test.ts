import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, lostFoundItems, orgUnits } from "@/db/schema";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "@/server/seed/demo-accounts";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

const item = (overrides: Record<string, unknown> = {}) => ({
  category: "wallet" as const,
  description: "棕色钱包",
  identifyingMarks: "内有一张借书证",
  foundPlace: "花园路公交站",
  foundOn: addDays(chinaToday(), -1),
  ...overrides,
});

describe("the station's found-property book", () => {
  it("records an item kept by the officer's unit, numbered per unit and year, and audits it", async () => {
    const officer = await callerAsDemo(db, "stationOfficer");
    const a = await officer.lostFound.record(item());
    const b = await officer.lostFound.record(item({ description: "黑色钱包" }));
    expect(Number(b.itemNumber.slice(-4))).toBe(Number(a.itemNumber.slice(-4)) + 1);
    const [row] = await db.select().from(lostFoundItems).where(eq(lostFoundItems.id, a.id));
    const [station] = await db.select().from(orgUnits).where(eq(orgUnits.code, "41010501"));
    expect(row).toMatchObject({ orgUnitId: station!.id, status: "held" });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, a.id));
    expect(entry?.action).toBe("lost_found.recorded");
  });

  it("refuses a day in the future or over a year back, and empty fields, with the field named", async () => {
    const officer = await callerAsDemo(db, "stationOfficer");
    const future = await refusal(officer.lostFound.record(item({ foundOn: addDays(chinaToday(), 2) })));
    expect(future.fields.foundOn).toBeTruthy();
    const old = await refusal(officer.lostFound.record(item({ foundOn: addDays(chinaToday(), -400) })));
    expect(old.fields.foundOn).toBeTruthy();
    const empty = await refusal(officer.lostFound.record(item({ description: " " })));
    expect(empty.code).toBe("BAD_REQUEST");
  });

  it("returns an item to a claimant whose name goes with their ID number, audited under the claimant", async () => {
    const officer = await callerAsDemo(db, "stationOfficer");
    const { id } = await officer.lostFound.record(item());
    const citizen = demoAccount("citizen");
    const wrongName = await refusal(
      officer.lostFound.returnItem({ itemId: id, claimantName: "李四", claimantIdNumber: citizen.idNumber! }),
    );
    expect(wrongName.domainCode).toBe("IDENTITY_MISMATCH");
    const badId = await refusal(
      officer.lostFound.returnItem({ itemId: id, claimantName: citizen.name, claimantIdNumber: "410105199001011235" }),
    );
    expect(badId.domainCode).toBe("BAD_INPUT");
    await officer.lostFound.returnItem({ itemId: id, claimantName: citizen.name, claimantIdNumber: citizen.idNumber! });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "lost_found.returned"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.subjectIdHash).toBe(hashPii("id", citizen.idNumber!));
    expect(JSON.stringify(entry?.details)).not.toContain(citizen.idNumber!);
    const again = await refusal(
      officer.lostFound.returnItem({ itemId: id, claimantName: citizen.name, claimantIdNumber: citizen.idNumber! }),
    );
    expect(again.domainCode).toBe("CONFLICT");
  });

  it("keeps another jurisdiction's items out of reach, and citizens out of the desk", async () => {
    const { id } = await (await callerAsDemo(db, "stationOfficer")).lostFound.record(item());
    const luoyang = await insertTestUser(db, {
      roles: ["station_officer"],
      name: "洛阳失物民警",
      password: "Walk@2026x",
      orgUnitCode: "410300",
    });
    const elsewhere = callerAs(db, luoyang);
    const refused = await refusal(
      elsewhere.lostFound.returnItem({
        itemId: id,
        claimantName: "张明",
        claimantIdNumber: demoAccount("citizen").idNumber!,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    const list = await elsewhere.lostFound.deskList({});
    expect(list.some((i) => i.id === id)).toBe(false);
    const citizen = await callerAsDemo(db, "citizen");
    expect((await refusal(citizen.lostFound.deskList({}))).code).toBe("FORBIDDEN");
    const station = await demoUserRow(db, "stationOfficer");
    expect((await callerAs(db, station).lostFound.deskList({ status: "held" })).some((i) => i.id === id)).toBe(true);
  });
});
