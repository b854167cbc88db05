import { and, desc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  accidents,
  auditLog,
  drivingLicences,
  insurerStaff,
  insurers,
  issuedDocuments,
  residents,
  smsMessages,
} from "@/db/schema";
import { type DemoAccountKey, demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents, population } from "@/server/seed/population";
import { requiredSlots } from "@/server/accidents/accident-rules";
import { saveAccidentPhoto } from "@/server/accidents/save-accident-photo";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { readBlob } from "@/server/storage/read-blob";
import { demoCar } from "@/server/traffic/test-violations";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let carPlate: string;
let luoyangOfficer: SessionUser;
let pinganAssessor: SessionUser;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  carPlate = (await demoCar(db)).plateNumber;
  const row = await insertTestUser(db, {
    roles: ["traffic_officer"],
    name: "洛阳交警",
    account: "410300098",
    password: "Demo@2026x",
    orgUnitCode: "410300",
  });
  luoyangOfficer = { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
  const assessor = await insertTestUser(db, {
    roles: ["insurer"],
    name: "平安定损员",
    account: "pingan001",
    password: "Demo@2026x",
  });
  const [pingan] = await db.select().from(insurers).where(eq(insurers.code, "PINGAN"));
  await db.insert(insurerStaff).values({ userId: assessor.id, insurerId: pingan!.id });
  pinganAssessor = { id: assessor.id, name: assessor.name, roles: assessor.roles, orgUnitId: null };
});
afterAll(async () => h.close());

async function sessionOf(key: DemoAccountKey): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}
let ipCounter = 0;
const caller = (user: Who) => callerAs(db, user, { ip: `198.51.100.${++ipCounter}` });
const as = async (key: DemoAccountKey) => caller(await sessionOf(key));

const yes = {
  inHenan: true,
  motorVehiclesOnly: true,
  nobodyInjured: true,
  vehiclesDrivable: true,
  allLicensed: true,
  allPlated: true,
  noDrinkOrDrugs: true,
};
const secondDriverId = population[1]!.members[0]!.idNumber;
let phoneCounter = 0;
const freshPhone = () => `1390000${String(++phoneCounter).padStart(4, "0")}`;

function reportInput(
  over: Partial<{ gate: typeof yes; unitCode: string; insurerCode: string; partyCount: number }> = {},
) {
  return {
    gate: over.gate ?? yes,
    occurredAt: new Date(Date.now() - 10 * 60_000),
    place: "郑州市金水区花园路与农业路交叉口",
    latitude: 34.7805,
    longitude: 113.6834,
    unitCode: over.unitCode ?? "410105",
    partyCount: over.partyCount ?? 2,
    party: {
      licenceNumber: demoResidents.citizen.idNumber,
      plateNumber: carPlate,
      insurerCode: over.insurerCode ?? "PICC",
      phone: freshPhone(),
    },
  };
}
const joinParty = (insurerCode = "PINGAN") => ({
  licenceNumber: secondDriverId,
  plateNumber: "豫AB2345",
  insurerCode,
  phone: freshPhone(),
});

const photo = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#556677" } })
    .jpeg()
    .toBuffer();

/** Reported by 张明 (PICC), joined by the spare citizen (平安), every photo taken. */
async function readyAccident(p: { unitCode?: string } = {}) {
  const citizen = await as("citizen");
  const created = await citizen.accidents.create(reportInput(p));
  await (await as("spareCitizen")).accidents.join({ code: created.code, party: joinParty() });
  const reporter = await sessionOf("citizen");
  for (const slot of requiredSlots(2)) {
    await saveAccidentPhoto(db, {
      userId: reporter.id,
      accidentId: created.id,
      slot,
      contentType: "image/jpeg",
      bytes: new Uint8Array(await photo()),
    });
  }
  return created;
}

const latestSms = async (template: string) =>
  (
    await db
      .select()
      .from(smsMessages)
      .where(eq(smsMessages.template, template))
      .orderBy(desc(smsMessages.createdAt))
      .limit(1)
  )[0];

describe("the eligibility gate", () => {
  it.each(Object.keys(yes))("stops at a 'no' to %s and records nothing", async (question) => {
    const citizen = await as("citizen");
    const before = await db.$count(accidents);
    expect(await refusal(citizen.accidents.create(reportInput({ gate: { ...yes, [question]: false } })))).toMatchObject(
      {
        domainCode: "ACCIDENT_NOT_ELIGIBLE",
      },
    );
    expect(await db.$count(accidents)).toBe(before);
  });

  it("refuses a place outside the province's districts and counties", async () => {
    const citizen = await as("citizen");
    expect(await refusal(citizen.accidents.create(reportInput({ unitCode: "410100" })))).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("each driver's licence", () => {
  it("is offered from the driver's own account, with the plates registered to them", async () => {
    const choices = await (await as("citizen")).accidents.choices();
    expect(choices.me).toEqual({ licenceNumber: demoResidents.citizen.idNumber, plates: [carPlate] });
    expect((await (await as("spareCitizen")).accidents.choices()).me).toEqual({
      licenceNumber: secondDriverId,
      plates: [],
    });
  });

  it("must be the driver's own ID number, held valid in the licence register", async () => {
    const citizen = await as("citizen");
    const before = await db.$count(accidents);
    const someoneElse = { ...reportInput(), party: { ...reportInput().party, licenceNumber: secondDriverId } };
    expect(await refusal(citizen.accidents.create(someoneElse))).toMatchObject({
      code: "BAD_REQUEST",
      domainCode: "BAD_INPUT",
      fields: { licenceNumber: "accident.licenceNotYours" },
    });

    // A licence the register holds as suspended or expired is no licence for settling online.
    const [held] = await db
      .select({ id: drivingLicences.id, status: drivingLicences.status })
      .from(drivingLicences)
      .innerJoin(residents, eq(residents.id, drivingLicences.residentId))
      .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)));
    await db.update(drivingLicences).set({ status: "suspended" }).where(eq(drivingLicences.id, held!.id));
    try {
      expect((await refusal(citizen.accidents.create(reportInput()))).fields).toEqual({
        licenceNumber: "accident.licenceNotValid",
      });
    } finally {
      await db.update(drivingLicences).set({ status: held!.status }).where(eq(drivingLicences.id, held!.id));
    }
    expect(await db.$count(accidents)).toBe(before);
  });
});

describe("joining by code", () => {
  it("makes the second driver party 乙 with their own details, and refuses a wrong code and a third driver", async () => {
    const created = await (await as("citizen")).accidents.create(reportInput());
    expect(created.code).toMatch(/^\d{6}$/);
    const spare = await as("spareCitizen");
    const wrong = created.code === "000000" ? "000001" : "000000";
    expect(await refusal(spare.accidents.join({ code: wrong, party: joinParty() }))).toMatchObject({
      domainCode: "ACCIDENT_CODE_UNKNOWN",
    });
    // Before joining, the accident is none of their business.
    expect(await refusal(spare.accidents.get({ id: created.id }))).toMatchObject({ code: "NOT_FOUND" });

    const { version: before } = await (await as("citizen")).accidents.version({ id: created.id });
    await spare.accidents.join({ code: created.code, party: joinParty() });
    const view = await (await as("citizen")).accidents.get({ id: created.id });
    expect(view.version).toBeGreaterThan(before);
    expect(view.parties.map((p) => p.position)).toEqual([1, 2]);
    expect(view.parties[1]).toMatchObject({ plateNumber: "豫AB2345", insurer: { code: "PINGAN" } });
    expect(view.parties[1]!.licenceNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);

    const third = await insertTestUser(db, { roles: ["citizen"], phone: "13700001111", password: "Demo@2026x" });
    const outsider = caller({ id: third.id, name: third.name, roles: third.roles, orgUnitId: null });
    expect(await refusal(outsider.accidents.join({ code: created.code, party: joinParty() }))).toMatchObject({
      domainCode: "ACCIDENT_FULL",
    });
  });
});

describe("photos", () => {
  it("fill the slots and bump the version; a slot of another accident size is refused", async () => {
    const created = await (await as("citizen")).accidents.create(reportInput());
    const me = await sessionOf("citizen");
    const saved = await saveAccidentPhoto(db, {
      userId: me.id,
      accidentId: created.id,
      slot: "collision",
      contentType: "image/jpeg",
      bytes: new Uint8Array(await photo()),
    });
    const view = await (await as("citizen")).accidents.get({ id: created.id });
    expect(view.slots.find((s) => s.slot === "collision")?.blobId).toBe(saved.blobId);
    await expect(
      saveAccidentPhoto(db, {
        userId: me.id,
        accidentId: created.id,
        slot: "p3.plate",
        contentType: "image/jpeg",
        bytes: new Uint8Array(await photo()),
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    const spare = await sessionOf("spareCitizen");
    await expect(
      saveAccidentPhoto(db, {
        userId: spare.id,
        accidentId: created.id,
        slot: "panorama",
        contentType: "image/jpeg",
        bytes: new Uint8Array(await photo()),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("self-agreed liability", () => {
  it("waits for every party and photo, refuses inconsistent answers, then signs by SMS code and issues the agreement", async () => {
    const incomplete = await (await as("citizen")).accidents.create(reportInput());
    expect(
      await refusal(
        (await as("citizen")).accidents.claimLiability({ id: incomplete.id, liability: "full", statement: "" }),
      ),
    ).toMatchObject({
      domainCode: "ACCIDENT_INCOMPLETE",
    });

    const { id } = await readyAccident();
    const citizen = await as("citizen");
    const spare = await as("spareCitizen");
    await citizen.accidents.claimLiability({ id, liability: "full", statement: "我变道时未注意后方来车" });
    await spare.accidents.claimLiability({ id, liability: "full", statement: "" });
    expect(await refusal(citizen.accidents.requestSignCode({ id }))).toMatchObject({
      domainCode: "LIABILITY_INCONSISTENT",
    });

    await spare.accidents.claimLiability({ id, liability: "none", statement: "我正常直行" });
    await citizen.accidents.requestSignCode({ id });
    const first = await latestSms("accident_sign_code");
    expect(
      await refusal(citizen.accidents.sign({ id, code: first!.params.code === "000000" ? "111111" : "000000" })),
    ).toMatchObject({
      domainCode: "INVALID_CODE",
    });
    expect(await citizen.accidents.sign({ id, code: first!.params.code! })).toEqual({ settled: false });

    await spare.accidents.requestSignCode({ id });
    const second = await latestSms("accident_sign_code");
    expect(await spare.accidents.sign({ id, code: second!.params.code! })).toEqual({ settled: true });

    const view = await citizen.accidents.get({ id });
    expect(view.status).toBe("agreed");
    expect(view.parties.map((p) => p.liability)).toEqual(["full", "none"]);
    const [doc] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectId, id));
    expect(doc).toMatchObject({ kind: "accident_agreement", title: "道路交通事故自行协商协议书" });
    expect(view.document?.code).toBe(doc!.code);
    const agreed = await db.select().from(smsMessages).where(eq(smsMessages.template, "accident_agreed"));
    expect(agreed.filter((m) => m.idempotencyKey.includes(id))).toHaveLength(2);
  });
});

describe("remote determination", () => {
  it("queues the accident for officers of its jurisdiction only, and the decision settles it", async () => {
    const { id } = await readyAccident();
    await (await as("spareCitizen")).accidents.askDetermination({ id, statement: "对方突然变道" });

    const officer = await as("trafficOfficer");
    const queue = await officer.accidents.queue();
    expect(queue.map((q) => q.id)).toContain(id);
    const luoyang = caller(luoyangOfficer);
    expect((await luoyang.accidents.queue()).map((q) => q.id)).not.toContain(id);
    expect(await refusal(luoyang.accidents.forOfficer({ id }))).toMatchObject({ domainCode: "OUT_OF_JURISDICTION" });

    const detail = await officer.accidents.forOfficer({ id });
    expect(detail.parties[1]!.statement).toBe("对方突然变道");
    expect(detail.register[0]!.licence).not.toBeNull();
    expect(detail.register[0]!.vehicles[0]).toMatchObject({ ownerIsDriver: true });
    const views = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "accident.viewed"), eq(auditLog.targetId, id)));
    expect(views.map((v) => v.subjectIdHash)).toContain(hashPii("id", demoResidents.citizen.idNumber));

    const liabilities = detail.parties.map((p) => ({
      partyId: p.id,
      liability: p.position === 1 ? ("main" as const) : ("secondary" as const),
    }));
    const decision = { id, liabilities, rule: "《道路交通安全法实施条例》第四十四条", note: "甲方变更车道未让行" };
    expect(await refusal(luoyang.accidents.decide(decision))).toMatchObject({ domainCode: "OUT_OF_JURISDICTION" });
    expect(
      await refusal(
        officer.accidents.decide({
          ...decision,
          liabilities: liabilities.map((l) => ({ ...l, liability: "none" as const })),
        }),
      ),
    ).toMatchObject({
      domainCode: "LIABILITY_INCONSISTENT",
    });
    await officer.accidents.decide(decision);
    expect(await refusal(officer.accidents.decide(decision))).toMatchObject({ domainCode: "ACCIDENT_WRONG_STATE" });

    const view = await (await as("spareCitizen")).accidents.get({ id });
    expect(view.status).toBe("determined");
    expect(view.parties.map((p) => p.liability)).toEqual(["main", "secondary"]);
    expect(view.decisionRule).toBe(decision.rule);
    const [doc] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectId, id));
    expect(doc).toMatchObject({ kind: "accident_determination" });
    const texts = await db.select().from(smsMessages).where(eq(smsMessages.template, "accident_determined"));
    expect(texts.filter((m) => m.idempotencyKey.includes(id))).toHaveLength(2);
    expect((await officer.accidents.queue()).map((q) => q.id)).not.toContain(id);
  });

  it("a retake request takes the accident out of the queue until that photo comes again", async () => {
    const { id } = await readyAccident();
    await (await as("citizen")).accidents.askDetermination({ id, statement: "" });
    const officer = await as("trafficOfficer");
    expect(
      await refusal(caller(luoyangOfficer).accidents.requestRetake({ id, slot: "p2.plate", note: "" })),
    ).toMatchObject({
      domainCode: "OUT_OF_JURISDICTION",
    });
    await officer.accidents.requestRetake({ id, slot: "p2.plate", note: "号牌反光看不清" });
    expect((await officer.accidents.queue()).map((q) => q.id)).not.toContain(id);
    const spare = await sessionOf("spareCitizen");
    await expect(
      saveAccidentPhoto(db, {
        userId: spare.id,
        accidentId: id,
        slot: "collision",
        contentType: "image/jpeg",
        bytes: new Uint8Array(await photo()),
      }),
    ).rejects.toMatchObject({ code: "ACCIDENT_WRONG_STATE" });
    await saveAccidentPhoto(db, {
      userId: spare.id,
      accidentId: id,
      slot: "p2.plate",
      contentType: "image/jpeg",
      bytes: new Uint8Array(await photo()),
    });
    expect((await officer.accidents.queue()).map((q) => q.id)).toContain(id);
    const retake = await db.select().from(smsMessages).where(eq(smsMessages.template, "accident_retake"));
    expect(retake.some((m) => m.body.includes("乙方车辆号牌"))).toBe(true);
  });
});

describe("insurer claims", () => {
  it("each company sees and settles only its own policyholders' claims, assessment before payment", async () => {
    const { id } = await readyAccident();
    await (await as("citizen")).accidents.askDetermination({ id, statement: "" });
    const officer = await as("trafficOfficer");
    const detail = await officer.accidents.forOfficer({ id });
    await officer.accidents.decide({
      id,
      liabilities: detail.parties.map((p) => ({
        partyId: p.id,
        liability: p.position === 1 ? ("full" as const) : ("none" as const),
      })),
      rule: "《道路交通安全法实施条例》第四十四条",
      note: "",
    });

    const picc = await as("insurer");
    const piccClaims = (await picc.accidents.claims()).claims.filter((c) => c.accidentId === id);
    expect(piccClaims.map((c) => c.position)).toEqual([1]);
    const pingan = caller(pinganAssessor);
    const pinganClaims = (await pingan.accidents.claims()).claims.filter((c) => c.accidentId === id);
    expect(pinganClaims.map((c) => c.position)).toEqual([2]);
    const piccParty = piccClaims[0]!.partyId;
    expect(await refusal(pingan.accidents.claim({ partyId: piccParty }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(pingan.accidents.assess({ partyId: piccParty, amountYuan: "100" }))).toMatchObject({
      code: "NOT_FOUND",
    });

    const claim = await picc.accidents.claim({ partyId: piccParty });
    expect(claim.slots.every((s) => s.blobId)).toBe(true);

    // The photos and the determination PDF: parties, officers in jurisdiction and the parties' insurers only.
    const photoId = claim.slots[0]!.blobId!;
    const pdfId = claim.document!.pdfBlobId;
    const loose = await insertTestUser(db, { roles: ["insurer"], account: "insurer998", password: "Demo@2026x" });
    const outsider = await insertTestUser(db, { roles: ["citizen"], phone: "13700002222", password: "Demo@2026x" });
    for (const blobId of [photoId, pdfId]) {
      for (const user of [
        await sessionOf("spareCitizen"),
        await sessionOf("trafficOfficer"),
        await sessionOf("insurer"),
        pinganAssessor,
      ]) {
        await expect(readBlob(db, { blobId, user })).resolves.toMatchObject({ size: expect.any(Number) });
      }
      for (const user of [
        luoyangOfficer,
        { id: loose.id, name: loose.name, roles: loose.roles, orgUnitId: null },
        { id: outsider.id, name: outsider.name, roles: outsider.roles, orgUnitId: null },
      ]) {
        await expect(readBlob(db, { blobId, user })).rejects.toMatchObject({ code: "FORBIDDEN" });
      }
    }
    expect(await refusal(picc.accidents.pay({ partyId: piccParty, amountYuan: "100" }))).toMatchObject({
      domainCode: "CLAIM_NOT_ASSESSED",
    });
    await picc.accidents.assess({ partyId: piccParty, amountYuan: "3280.50" });
    expect(await refusal(picc.accidents.pay({ partyId: piccParty, amountYuan: "4000" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    await picc.accidents.pay({ partyId: piccParty, amountYuan: "3280.50" });

    const mine = await (await as("citizen")).accidents.get({ id });
    expect(mine.parties[0]).toMatchObject({ assessedLossFen: 328050, paidFen: 328050 });
    const [paid] = await db
      .select()
      .from(smsMessages)
      .where(and(eq(smsMessages.template, "claim_paid")))
      .orderBy(desc(smsMessages.createdAt))
      .limit(1);
    expect(paid!.body).toContain("3280.50元");
  });

  it("shows nothing before liability stands", async () => {
    const { id } = await readyAccident();
    expect((await (await as("insurer")).accidents.claims()).claims.map((c) => c.accidentId)).not.toContain(id);
  });
});

describe("who may call what", () => {
  const someId = "00000000-0000-4000-8000-000000000000";
  it("citizen procedures refuse staff and visitors", async () => {
    for (const key of ["trafficOfficer", "insurer", "admin"] as const) {
      const c = await as(key);
      expect(await refusal(c.accidents.choices())).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.create(reportInput()))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.join({ code: "123456", party: joinParty() }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal(c.accidents.mine())).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.get({ id: someId }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.version({ id: someId }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.claimLiability({ id: someId, liability: "none", statement: "" }))).toMatchObject(
        { code: "FORBIDDEN" },
      );
      expect(await refusal(c.accidents.requestSignCode({ id: someId }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.sign({ id: someId, code: "123456" }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.askDetermination({ id: someId, statement: "" }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await refusal(caller(null).accidents.mine())).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("officer procedures refuse citizens, insurers and other officer roles", async () => {
    for (const key of ["citizen", "insurer", "stationOfficer", "admin"] as const) {
      const c = await as(key);
      expect(await refusal(c.accidents.queue())).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.forOfficer({ id: someId }))).toMatchObject({ code: "FORBIDDEN" });
      const liabilities = [
        { partyId: someId, liability: "full" as const },
        { partyId: someId, liability: "none" as const },
      ];
      expect(
        await refusal(c.accidents.decide({ id: someId, liabilities, rule: "第四十四条", note: "" })),
      ).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.requestRetake({ id: someId, slot: "collision", note: "" }))).toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("insurer procedures refuse everyone else, and an insurer without a company", async () => {
    for (const key of ["citizen", "trafficOfficer", "admin"] as const) {
      const c = await as(key);
      expect(await refusal(c.accidents.claims())).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.claim({ partyId: someId }))).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(c.accidents.assess({ partyId: someId, amountYuan: "1" }))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal(c.accidents.pay({ partyId: someId, amountYuan: "1" }))).toMatchObject({ code: "FORBIDDEN" });
    }
    const loose = await insertTestUser(db, { roles: ["insurer"], account: "insurer999", password: "Demo@2026x" });
    expect(
      await refusal(caller({ id: loose.id, name: loose.name, roles: loose.roles, orgUnitId: null }).accidents.claims()),
    ).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("seed", () => {
  it("links the demo assessor to PICC", async () => {
    const row = await demoUserRow(db, "insurer");
    const [link] = await db
      .select({ code: insurers.code })
      .from(insurerStaff)
      .innerJoin(insurers, eq(insurers.id, insurerStaff.insurerId))
      .where(eq(insurerStaff.userId, row.id));
    expect(link?.code).toBe("PICC");
    expect(demoAccount("insurer").name).toBe("周丽娟");
  });
});

describe("demo data", () => {
  it("puts one 金水区 accident with every photo in the Zhengzhou traffic officer's queue", async () => {
    const queue = await (await as("trafficOfficer")).accidents.queue();
    const seeded = queue.find((q) => q.code === "260417");
    expect(seeded?.plates).toHaveLength(2);
    const detail = await (await as("trafficOfficer")).accidents.forOfficer({ id: seeded!.id });
    expect(detail.slots.every((s) => s.blobId)).toBe(true);
    expect(detail.register[0]!.vehicles[0]).toMatchObject({ ownerIsDriver: true });
  });
});
