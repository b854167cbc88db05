import { TRPCError } from "@trpc/server";
import { and, desc, eq, ne } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, payments, smsMessages, trafficViolations, type Vehicle, vehicles } from "@/db/schema";
import { type DemoAccountKey, demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { chinaToday } from "@/server/dates/china-today";
import { readBlob } from "@/server/storage/read-blob";
import { lateSurcharge } from "@/server/traffic/late-surcharge";
import { formatPlateNumber } from "@/server/traffic/plate-number";
import { saveViolationPhoto } from "@/server/traffic/save-violation-photo";
import { demoCar, insertTestViolation } from "@/server/traffic/test-violations";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let car: Vehicle;
let luoyangTrafficOfficer: SessionUser;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  car = await demoCar(db);
  const row = await insertTestUser(db, {
    roles: ["traffic_officer"],
    name: "洛阳交警",
    account: "410300099",
    password: "Demo@2026x",
    orgUnitCode: "410300",
  });
  luoyangTrafficOfficer = { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
});
afterAll(async () => h.close());

let ipCounter = 0;
/** Each caller comes from its own address, so the per-IP look-up limit of one test does not spill into another. */
const caller = (user: Who, ip = `198.51.100.${++ipCounter}`) => callerAs(db, user, { ip });

async function sessionOf(key: DemoAccountKey): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}

const as = async (key: DemoAccountKey) => caller(await sessionOf(key));

/** The fields a service refused, with the message key of each (the caller bypasses the HTTP formatter). */
async function refusedFields(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return (error.cause as { fields?: Record<string, string> } | undefined)?.fields ?? {};
  }
  throw new Error("expected a refusal");
}

const staffKeys: DemoAccountKey[] = ["stationOfficer", "trafficOfficer", "insurer", "admin"];
const nonTrafficKeys: DemoAccountKey[] = [
  "citizen",
  "stationOfficer",
  "countyApprover",
  "windowOfficer",
  "insurer",
  "admin",
];

const photoBytes = () =>
  sharp({ create: { width: 32, height: 24, channels: 3, background: "#335577" } })
    .jpeg()
    .toBuffer();

describe("traffic.myViolations", () => {
  it("shows 张明 the seeded violations of his car: two unpaid (one with the late surcharge), one being handled, one paid", async () => {
    const mine = await (await as("citizen")).traffic.myViolations();
    expect(mine.verified).toBe(true);
    expect(mine.vehicles.map((v) => v.plateNumber)).toContain(car.plateNumber);
    const seeded = mine.violations.filter(
      (v) => v.place.startsWith("郑州市金水区") && v.vehicleId === car.id && !v.place.includes("测试路"),
    );
    expect(seeded.map((v) => [v.actCode, v.status]).sort()).toEqual([
      ["1039", "unpaid"],
      ["1240", "paid"],
      ["1345", "processing"],
      ["1352", "unpaid"],
    ]);
    const late = seeded.find((v) => v.actCode === "1039");
    expect(late?.surchargeFen).toBe(
      lateSurcharge({ fineFen: late?.fineFen ?? 0, occurredAt: late?.occurredAt ?? new Date(), now: new Date() }),
    );
    expect(late?.surchargeFen).toBeGreaterThan(0);
    expect(late).toMatchObject({ payable: true, actName: "违反规定停放", recordingUnit: { name: "郑州市公安局" } });
    expect(late?.photoBlobId).toBeTruthy();
    expect(seeded.find((v) => v.actCode === "1352")).toMatchObject({ surchargeFen: 0, payable: true });
    expect(seeded.find((v) => v.actCode === "1345")).toMatchObject({ payable: false });
    // Unpaid first.
    expect(mine.violations[0]?.status).toBe("unpaid");
  });

  it("lists a violation of someone else's car where the register names the citizen as the driver", async () => {
    const spare = await demoUserRow(db, "spareCitizen");
    const v = await insertTestViolation(db, { vehicleId: car.id, licenceResidentId: spare.residentId, code: "1625" });
    const theirs = await (await as("spareCitizen")).traffic.myViolations();
    expect(theirs.vehicles).toEqual([]);
    expect(theirs.violations.map((x) => [x.id, x.ownVehicle])).toEqual([[v.id, false]]);
  });

  it("shows nothing of anyone's car to an unverified account", async () => {
    const row = await insertTestUser(db, { roles: ["citizen"], phone: "13900001111", password: "Demo@2026x" });
    const mine = await caller({
      id: row.id,
      name: row.name,
      roles: ["citizen"],
      orgUnitId: null,
    }).traffic.myViolations();
    expect(mine).toEqual({ verified: false, vehicles: [], violations: [] });
  });

  it("is for citizens only", async () => {
    for (const key of staffKeys)
      expect(await refusal((await as(key)).traffic.myViolations()), key).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(caller(null).traffic.myViolations())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("traffic.lookup", () => {
  const vinTail = () => car.vin.slice(-6);

  it("shows anyone one vehicle's violations by plate, plate type and VIN tail, with nothing about its owner", async () => {
    const result = await caller(null).traffic.lookup({
      plateNumber: formatPlateNumber(car.plateNumber),
      plateType: "02",
      vinTail: vinTail().toLowerCase(),
    });
    expect(result.plateNumber).toBe(car.plateNumber);
    expect(result.violations.map((v) => v.actCode)).toEqual(expect.arrayContaining(["1039", "1352", "1345", "1240"]));
    const json = JSON.stringify(result);
    for (const secret of [
      demoResidents.citizen.name,
      demoResidents.citizen.idNumber,
      demoAccount("citizen").login,
      car.vin,
      car.id,
    ]) {
      expect(json).not.toContain(secret);
    }
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "traffic.lookup"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ outcome: "ok", targetId: car.id });
  });

  it("answers a wrong VIN tail and an unknown plate with the same refusal", async () => {
    const wrongVin = await refusal(
      caller(null).traffic.lookup({ plateNumber: car.plateNumber, plateType: "02", vinTail: "000000" }),
    );
    const wrongPlate = await refusal(
      caller(null).traffic.lookup({ plateNumber: "豫A·Z9Z9Z", plateType: "02", vinTail: vinTail() }),
    );
    const wrongType = await refusal(
      caller(null).traffic.lookup({ plateNumber: car.plateNumber, plateType: "01", vinTail: vinTail() }),
    );
    for (const r of [wrongVin, wrongPlate, wrongType])
      expect(r).toMatchObject({ code: "NOT_FOUND", domainCode: "VEHICLE_NOT_MATCHED", params: {} });
    expect(new Set([wrongVin, wrongPlate, wrongType].map((r) => r.message)).size).toBe(1);
  });

  it("says what is wrong with a plate or VIN tail that cannot exist", async () => {
    expect(
      await refusedFields(caller(null).traffic.lookup({ plateNumber: "豫A·I2345", plateType: "02", vinTail: "12345" })),
    ).toEqual({
      plateNumber: "traffic.plateSerial",
      vinTail: "traffic.vinTail",
    });
    expect(
      await refusedFields(
        caller(null).traffic.lookup({ plateNumber: "豫A·12345", plateType: "52", vinTail: "123456" }),
      ),
    ).toEqual({
      plateNumber: "traffic.plateLength",
    });
  });

  it("stops one address after 20 look-ups in 10 minutes, whatever plates it tries", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < 20; i++) {
      const plateNumber = `豫A·Z${String(i).padStart(4, "0")}`;
      expect(
        await refusal(caller(null, ip).traffic.lookup({ plateNumber, plateType: "02", vinTail: "000000" })),
      ).toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(
      await refusal(caller(null, ip).traffic.lookup({ plateNumber: "豫A·Z9999", plateType: "02", vinTail: "000000" })),
    ).toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("stops look-ups of one plate after 10 in an hour, from whatever address", async () => {
    const [other] = await db.select().from(vehicles).where(ne(vehicles.id, car.id)).orderBy(vehicles.vin).limit(1);
    if (!other) throw new Error("no other vehicle");
    for (let i = 0; i < 10; i++) {
      await refusal(
        caller(null).traffic.lookup({
          plateNumber: other.plateNumber,
          plateType: other.plateType as "02",
          vinTail: "000000",
        }),
      );
    }
    expect(
      await refusal(
        caller(null).traffic.lookup({
          plateNumber: other.plateNumber,
          plateType: other.plateType as "02",
          vinTail: other.vin.slice(-6),
        }),
      ),
    ).toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});

describe("traffic.pay and traffic.receipts", () => {
  it("sends the citizen to the provider's checkout with the order number, never the payment's id", async () => {
    const v = await insertTestViolation(db, { vehicleId: car.id, daysAgo: 2 });
    const result = await (await as("citizen")).traffic.pay({ violationIds: [v.id] });
    const [payment] = await db.select().from(payments).where(eq(payments.orderNo, result.orderNo));
    expect(result.checkoutUrl).toBe(`/pay/sandbox/${result.orderNo}`);
    expect(result.checkoutUrl).not.toContain(payment?.id ?? "-");
    expect(payment?.returnPath).toBe("/traffic/violations");
  });

  it("will not let another citizen pay (or see) 张明's fines", async () => {
    const v = await insertTestViolation(db, { vehicleId: car.id, daysAgo: 2 });
    expect(await refusal((await as("spareCitizen")).traffic.pay({ violationIds: [v.id] }))).toMatchObject({
      code: "CONFLICT",
      domainCode: "FINE_NOT_PAYABLE",
    });
    const theirs = await (await as("spareCitizen")).traffic.myViolations();
    expect(theirs.violations.map((x) => x.id)).not.toContain(v.id);
  });

  it("refuses an empty choice", async () => {
    expect(await refusal((await as("citizen")).traffic.pay({ violationIds: [] }))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is for citizens only", async () => {
    const v = await insertTestViolation(db, { vehicleId: car.id });
    for (const key of staffKeys) {
      expect(await refusal((await as(key)).traffic.pay({ violationIds: [v.id] })), key).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal((await as(key)).traffic.receipts()), key).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await refusal(caller(null).traffic.pay({ violationIds: [v.id] }))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await refusal(caller(null).traffic.receipts())).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.select().from(payments).where(eq(payments.subjectType, "traffic_violations"))).not.toContainEqual(
      expect.objectContaining({ payerId: (await demoUserRow(db, "admin")).id }),
    );
  });
});

describe("traffic.recordViolation and traffic.recentRecorded", () => {
  // Yesterday at 08:30 China time, as a datetime-local field sends it.
  const yesterday = chinaToday(new Date(Date.now() - 86_400_000));
  const input = (over: Record<string, unknown> = {}) => ({
    plateNumber: formatPlateNumber(car.plateNumber),
    plateType: "02" as const,
    occurredAt: `${yesterday}T08:30`,
    place: "郑州市金水区花园路与纬五路交叉口",
    actCode: "1625",
    ...over,
  });

  it("records a violation of a car registered in the officer's city with the code's fine and points, audited, and 张明 sees it", async () => {
    const officer = await sessionOf("trafficOfficer");
    const photo = await saveViolationPhoto(db, {
      user: officer,
      contentType: "image/jpeg",
      bytes: new Uint8Array(await photoBytes()),
    });
    const { id } = await caller(officer).traffic.recordViolation(input({ photoBlobId: photo.blobId }));
    const [row] = await db.select().from(trafficViolations).where(eq(trafficViolations.id, id));
    expect(row).toMatchObject({
      vehicleId: car.id,
      plateNumber: car.plateNumber,
      actCode: "1625",
      fineFen: 20_000,
      points: 6,
      status: "unpaid",
      recordedBy: officer.id,
      orgUnitId: officer.orgUnitId,
      orgPath: "/410000/410100/",
      photoBlobId: photo.blobId,
    });
    expect(row?.occurredAt.toISOString()).toBe(new Date(`${yesterday}T00:30:00Z`).toISOString());
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "traffic.violation_recorded"), eq(auditLog.targetId, id)));
    expect(entry).toMatchObject({ actorId: officer.id, outcome: "ok" });

    const recent = await caller(officer).traffic.recentRecorded();
    expect(recent[0]).toMatchObject({ id, actName: "闯红灯", recordedByName: officer.name });
    const mine = await (await as("citizen")).traffic.myViolations();
    expect(mine.violations.find((v) => v.id === id)).toMatchObject({ status: "unpaid", photoBlobId: photo.blobId });

    // The photo: the owner of the car and traffic officers of the city may see it; others may not.
    const citizen = await sessionOf("citizen");
    await expect(readBlob(db, { blobId: photo.blobId, user: citizen })).resolves.toMatchObject({
      contentType: "image/jpeg",
    });
    for (const user of [await sessionOf("spareCitizen"), luoyangTrafficOfficer, await sessionOf("stationOfficer")]) {
      await expect(readBlob(db, { blobId: photo.blobId, user }), user.name).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("texts the car's owner once, as 12123 does, and files the record under the owner for 谁查看了我的信息", async () => {
    const officer = await as("trafficOfficer");
    const { id } = await officer.traffic.recordViolation(
      input({ place: "郑州市金水区花园路与纬五路交叉口往北两百米处东侧非机动车道旁" }),
    );
    const sms = await db
      .select()
      .from(smsMessages)
      .where(eq(smsMessages.idempotencyKey, `violation-recorded:${id}`));
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({
      template: "violation_recorded",
      phoneHash: (await demoUserRow(db, "citizen")).phoneHash,
    });
    expect(sms[0]!.body).toContain(
      `您的机动车${car.plateNumber}于${yesterday} 08:30在郑州市金水区花园路与纬五路交叉口往北两百米处东侧非机`,
    );
    expect(sms[0]!.body).toContain("有交通违法行为：闯红灯，");
    expect(sms[0]!.body).toContain("罚款200元，记6分");
    const looked = await (await as("citizen")).me.whoLookedAtMe();
    expect(looked.entries.some((e) => e.purpose === "violation" && e.unit?.code === "410100")).toBe(true);
  });

  it("takes a fine set within the code's legal range and other points, and refuses a fine outside it", async () => {
    const officer = (await as("trafficOfficer")).traffic;
    const { id } = await officer.recordViolation(input({ actCode: "1039", fineYuan: "150", points: 0 }));
    const [row] = await db.select().from(trafficViolations).where(eq(trafficViolations.id, id));
    expect(row).toMatchObject({ fineFen: 15_000, points: 0 });
    expect(await refusedFields(officer.recordViolation(input({ actCode: "1039", fineYuan: "500" })))).toEqual({
      fineFen: "traffic.fineRange",
    });
    expect(await refusedFields(officer.recordViolation(input({ actCode: "1039", fineYuan: "10" })))).toEqual({
      fineFen: "traffic.fineRange",
    });
    expect(await refusedFields(officer.recordViolation(input({ actCode: "0000" })))).toEqual({
      actCode: "traffic.codeUnknown",
    });
  });

  it("refuses a time in the future, a plate that is not registered, and another officer's photo", async () => {
    const officer = await sessionOf("trafficOfficer");
    expect(
      await refusedFields(caller(officer).traffic.recordViolation(input({ occurredAt: "2999-01-01T08:00" }))),
    ).toEqual({
      occurredAt: "traffic.occurredInFuture",
    });
    expect(
      await refusedFields(
        caller(officer).traffic.recordViolation(
          input({ occurredAt: `${chinaToday(new Date(Date.now() - 800 * 86_400_000))}T08:00` }),
        ),
      ),
    ).toEqual({
      occurredAt: "traffic.occurredTooOld",
    });
    expect(await refusal(caller(officer).traffic.recordViolation(input({ plateNumber: "豫A·Z9Z9Z" })))).toMatchObject({
      code: "NOT_FOUND",
      domainCode: "VEHICLE_NOT_REGISTERED",
    });
    const theirs = await saveViolationPhoto(db, {
      user: luoyangTrafficOfficer,
      contentType: "image/jpeg",
      bytes: new Uint8Array(await photoBytes()),
    });
    expect(await refusedFields(caller(officer).traffic.recordViolation(input({ photoBlobId: theirs.blobId })))).toEqual(
      {
        photo: "traffic.photoUnknown",
      },
    );
  });

  it("refuses a traffic officer of another city for a car registered in Zhengzhou, audits the attempt, and shows them none of its records", async () => {
    const before = await db.select().from(trafficViolations).where(eq(trafficViolations.vehicleId, car.id));
    expect(await refusal(caller(luoyangTrafficOfficer).traffic.recordViolation(input()))).toMatchObject({
      code: "FORBIDDEN",
      domainCode: "OUT_OF_JURISDICTION",
    });
    expect(await db.select().from(trafficViolations).where(eq(trafficViolations.vehicleId, car.id))).toHaveLength(
      before.length,
    );
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "traffic.violation_recorded"), eq(auditLog.actorId, luoyangTrafficOfficer.id)));
    expect(entry).toMatchObject({ outcome: "denied", targetId: car.id });
    const recent = await caller(luoyangTrafficOfficer).traffic.recentRecorded();
    expect(recent.filter((r) => r.plateNumber === car.plateNumber)).toEqual([]);
  });

  it("is for traffic officers only", async () => {
    for (const key of nonTrafficKeys) {
      expect(await refusal((await as(key)).traffic.recordViolation(input())), key).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal((await as(key)).traffic.recentRecorded()), key).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await refusal(caller(null).traffic.recordViolation(input()))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await refusal(caller(null).traffic.recentRecorded())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("traffic.violationCodes", () => {
  it("lists the catalogue to anyone", async () => {
    const codes = await caller(null).traffic.violationCodes();
    expect(codes.find((c) => c.code === "1625")).toMatchObject({ name: "闯红灯", points: 6 });
  });
});
