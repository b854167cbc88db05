import { asc, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, endorsementApplications, endorsementEvents, residents, smsMessages } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser, demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { insertTestDocument } from "@/server/exit-entry/test-holders";
import { appRouter } from "@/server/routers/_app";
import { callTrpcHttp } from "@/test/call-trpc-http";
import { createTestDb } from "@/test/db";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { refusalReason } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let residentId: string;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  [{ id: residentId }] = (await db
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)))) as [{ id: string }];
});
afterAll(async () => h.close());

const caller = (user: SessionUser) => callerAs(db, user);
const as = (key: DemoAccountKey) => callerAsDemo(db, key);

const smsOf = (id: string) =>
  db
    .select()
    .from(smsMessages)
    .where(like(smsMessages.idempotencyKey, `endorsement:${id}:%`))
    .orderBy(asc(smsMessages.createdAt));

describe("HK/Macau endorsement", () => {
  it("goes from the online application through fee and permit at the county window to endorsed, with a timeline and SMS", async () => {
    const permit = await insertTestDocument(db, { residentId, expiryDate: "2031-05-01", type: "hk_macau_permit" });
    const citizen = await as("citizen");
    const { id, number } = await citizen.exitEntry.applyEndorsement({
      documentId: permit.id,
      destination: "both",
      trips: "two",
    });
    expect(
      await refusalReason(
        citizen.exitEntry.applyEndorsement({ documentId: permit.id, destination: "macau", trips: "one" }),
      ),
    ).toBe("DUPLICATE_APPLICATION");
    const [submitted] = await smsOf(id);
    expect(submitted!.body).toContain(number);
    expect(submitted!.body).toContain("金水区公安分局");
    expect(submitted!.body).toContain("缴纳签注费并递交证件");

    const officer = await as("exitEntryOfficer");
    const queued = (await officer.exitEntry.endorsementQueue()).find((a) => a.id === id)!;
    expect(queued).toMatchObject({ state: "submitted", feeFen: 6000, maskedName: "张*" });
    expect(queued.maskedPermitNumber).not.toBe(permit.documentNumber);

    let v = (await officer.exitEntry.actOnEndorsement({ applicationId: id, version: 1, action: "receive_permit" }))
      .version;
    expect(
      await refusalReason(officer.exitEntry.actOnEndorsement({ applicationId: id, version: v, action: "endorse" })),
    ).toBe("APPLICATION_ILLEGAL_TRANSITION");
    expect(
      await refusalReason(officer.exitEntry.actOnEndorsement({ applicationId: id, version: 1, action: "receive_fee" })),
    ).toBe("APPLICATION_STALE");
    v = (await officer.exitEntry.actOnEndorsement({ applicationId: id, version: v, action: "receive_fee" })).version;
    expect(await refusalReason(citizen.exitEntry.withdrawEndorsement({ applicationId: id, version: v }))).toBe(
      "APPLICATION_ILLEGAL_TRANSITION",
    );
    const done = await officer.exitEntry.actOnEndorsement({ applicationId: id, version: v, action: "endorse" });
    expect(done.state).toBe("endorsed");

    const events = await db
      .select()
      .from(endorsementEvents)
      .where(eq(endorsementEvents.applicationId, id))
      .orderBy(asc(endorsementEvents.id));
    expect(events.map((e) => [e.action, e.toState])).toEqual([
      ["submit", "submitted"],
      ["receive_permit", "permit_received"],
      ["receive_fee", "ready"],
      ["endorse", "endorsed"],
    ]);
    expect((await smsOf(id)).map((s) => s.template)).toEqual(["endorsement_submitted", "endorsement_endorsed"]);
    expect((await citizen.exitEntry.myEndorsements()).find((a) => a.id === id)?.state).toBe("endorsed");
    expect((await officer.exitEntry.endorsementQueue()).map((a) => a.id)).not.toContain(id);
  });

  it("shows the citizen each step with its time, and keeps an endorsed permit at the window's 待领取 list and search", async () => {
    const permit = await insertTestDocument(db, { residentId, expiryDate: "2035-05-01", type: "hk_macau_permit" });
    const citizen = await as("citizen");
    const { id, number } = await citizen.exitEntry.applyEndorsement({
      documentId: permit.id,
      destination: "macau",
      trips: "one",
    });
    const officer = await as("exitEntryOfficer");
    let v = 1;
    for (const action of ["receive_permit", "receive_fee", "endorse"] as const) {
      v = (await officer.exitEntry.actOnEndorsement({ applicationId: id, version: v, action })).version;
    }

    const mine = (await citizen.exitEntry.myEndorsements()).find((a) => a.id === id);
    expect(mine?.steps.map((s) => s.action)).toEqual(["submit", "receive_permit", "receive_fee", "endorse"]);
    expect(mine?.steps.every((s) => s.at instanceof Date)).toBe(true);
    expect(mine?.feeReceivedAt).toBeInstanceOf(Date);

    expect((await officer.exitEntry.endorsementQueue()).map((a) => a.id)).not.toContain(id);
    expect((await officer.exitEntry.endorsementsToCollect()).find((a) => a.id === id)).toMatchObject({
      state: "endorsed",
      maskedName: "张*",
    });

    const byNumber = await officer.exitEntry.findEndorsements({ number: ` ${number.toLowerCase()} ` });
    expect(byNumber.matches.map((a) => a.id)).toEqual([id]);
    const byId = await officer.exitEntry.findEndorsements({ idNumber: demoResidents.citizen.idNumber });
    expect(byId.matches.map((a) => a.id)).toContain(id);
    expect(byId.maskedIdNumber).not.toBe(demoResidents.citizen.idNumber);
    expect(byId.maskedIdNumber).toMatch(/\*{4,}/);
    const [audited] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "exit_entry.endorsement_search"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audited).toMatchObject({
      subjectIdHash: hashPii("id", demoResidents.citizen.idNumber),
      details: { idNumber: byId.maskedIdNumber },
    });
    expect(JSON.stringify(audited?.details)).not.toContain(demoResidents.citizen.idNumber);

    expect(await refusalReason(officer.exitEntry.findEndorsements({ number: "12345" }))).toBe("BAD_INPUT");
    expect(await refusalReason(officer.exitEntry.findEndorsements({ idNumber: "410105199005121230" }))).toBe(
      "BAD_INPUT",
    );
    const luoyang = await insertTestUser(db, {
      roles: ["exit_entry_officer"],
      account: "410305097",
      password: "Demo@2026x",
      orgUnitCode: "410305",
    });
    const elsewhere = caller({
      id: luoyang.id,
      name: luoyang.name,
      roles: luoyang.roles,
      orgUnitId: luoyang.orgUnitId,
    });
    expect((await elsewhere.exitEntry.findEndorsements({ number })).matches).toEqual([]);
    expect((await elsewhere.exitEntry.endorsementsToCollect()).map((a) => a.id)).not.toContain(id);
    expect(await refusalReason((await as("citizen")).exitEntry.findEndorsements({ number }))).toBe("FORBIDDEN");
  });

  it("lets the applicant withdraw a fresh application, and the officer reject one only with a reason", async () => {
    const citizen = await as("citizen");
    const permit = await insertTestDocument(db, { residentId, expiryDate: "2032-05-01", type: "hk_macau_permit" });
    const first = await citizen.exitEntry.applyEndorsement({
      documentId: permit.id,
      destination: "hong_kong",
      trips: "one",
    });
    expect((await citizen.exitEntry.withdrawEndorsement({ applicationId: first.id, version: 1 })).state).toBe(
      "withdrawn",
    );
    const second = await citizen.exitEntry.applyEndorsement({
      documentId: permit.id,
      destination: "hong_kong",
      trips: "one",
    });
    const officer = await as("exitEntryOfficer");
    expect(
      await refusalReason(
        officer.exitEntry.actOnEndorsement({ applicationId: second.id, version: 1, action: "reject" }),
      ),
    ).toBe("BAD_INPUT");
    await officer.exitEntry.actOnEndorsement({
      applicationId: second.id,
      version: 1,
      action: "reject",
      note: "通行证有效期不足",
    });
    expect((await smsOf(second.id)).map((s) => s.template)).toEqual(["endorsement_submitted", "endorsement_rejected"]);
  });

  it("refuses a passport, a cancelled permit and someone else's permit", async () => {
    const citizen = await as("citizen");
    const passport = await insertTestDocument(db, { residentId, expiryDate: "2033-05-01", type: "passport" });
    const cancelled = await insertTestDocument(db, {
      residentId,
      expiryDate: "2033-05-01",
      type: "hk_macau_permit",
      status: "cancelled",
    });
    for (const doc of [passport, cancelled]) {
      expect(
        await refusalReason(
          citizen.exitEntry.applyEndorsement({ documentId: doc.id, destination: "macau", trips: "one" }),
        ),
      ).toBe("BAD_INPUT");
    }
    const spare = await demoUserRow(db, "spareCitizen");
    const theirs = await insertTestDocument(db, {
      residentId: spare.residentId!,
      expiryDate: "2033-05-01",
      type: "hk_macau_permit",
    });
    expect(
      await refusalReason(
        citizen.exitEntry.applyEndorsement({ documentId: theirs.id, destination: "macau", trips: "one" }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("keeps officers to their county and the procedures to their roles", async () => {
    const permit = await insertTestDocument(db, { residentId, expiryDate: "2034-05-01", type: "hk_macau_permit" });
    const { id } = await (
      await as("citizen")
    ).exitEntry.applyEndorsement({ documentId: permit.id, destination: "macau", trips: "one" });
    const luoyang = await insertTestUser(db, {
      roles: ["exit_entry_officer"],
      account: "410305098",
      password: "Demo@2026x",
      orgUnitCode: "410305",
    });
    const elsewhere = caller({
      id: luoyang.id,
      name: luoyang.name,
      roles: luoyang.roles,
      orgUnitId: luoyang.orgUnitId,
    });
    expect(
      await refusalReason(
        elsewhere.exitEntry.actOnEndorsement({ applicationId: id, version: 1, action: "receive_fee" }),
      ),
    ).toBe("OUT_OF_JURISDICTION");
    expect((await elsewhere.exitEntry.endorsementQueue()).map((a) => a.id)).not.toContain(id);

    for (const key of ["exitEntryOfficer", "windowOfficer", "admin"] as const) {
      const c = await as(key);
      expect(
        await refusalReason(
          c.exitEntry.applyEndorsement({ documentId: permit.id, destination: "macau", trips: "one" }),
        ),
        key,
      ).toBe("FORBIDDEN");
      expect(await refusalReason(c.exitEntry.myEndorsements()), key).toBe("FORBIDDEN");
      expect(await refusalReason(c.exitEntry.withdrawEndorsement({ applicationId: id, version: 1 })), key).toBe(
        "FORBIDDEN",
      );
    }
    for (const key of ["citizen", "stationOfficer", "windowOfficer", "countyApprover", "admin"] as const) {
      const c = await as(key);
      expect(await refusalReason(c.exitEntry.endorsementQueue()), key).toBe("FORBIDDEN");
      expect(
        await refusalReason(c.exitEntry.actOnEndorsement({ applicationId: id, version: 1, action: "receive_fee" })),
        key,
      ).toBe("FORBIDDEN");
    }
    const [row] = await db.select().from(endorsementApplications).where(eq(endorsementApplications.id, id));
    expect(row).toMatchObject({ state: "submitted", version: 1 });
  });

  it("tells both of two applications arriving at once, and any later one, the open application's number", async () => {
    const user = await demoSessionUser(db, "citizen");
    for (const expiryDate of ["2035-05-01", "2035-06-01", "2035-07-01"]) {
      const permit = await insertTestDocument(db, { residentId, expiryDate, type: "hk_macau_permit" });
      const apply = () =>
        callTrpcHttp(appRouter, "exitEntry.applyEndorsement", {
          db,
          user,
          mutation: true,
          input: { documentId: permit.id, destination: "macau", trips: "one" },
        });
      const answers = await Promise.all([apply(), apply(), apply()]);
      const later = await apply();
      const created = answers.filter((a) => a.status === 200);
      expect(created).toHaveLength(1);
      const { number } = created[0]!.data as { number: string };
      for (const refused of [...answers.filter((a) => a.status !== 200), later]) {
        expect(refused.status).toBe(409);
        expect(refused.error?.data.domainCode).toBe("DUPLICATE_APPLICATION");
        expect(refused.error?.message).toBe(`您已有一件同类申请正在办理（受理编号${number}），请勿重复申请。`);
      }
    }
  });
});
