import { and, asc, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  type Application,
  applicationEvents,
  applications,
  auditLog,
  issuedDocuments,
  residents,
  smsMessages,
} from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { formatDay } from "@/server/dates/format-day";
import { getDocumentVerification } from "@/server/documents/get-document-verification";
import { birthFormData, insertTestApplication } from "@/server/household/test-applications";
import { readBlob } from "@/server/storage/read-blob";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
/** A second station officer at 花园路, to see "assign to me" lock a colleague out. */
let colleague: SessionUser;
/** A county approver of 中原区: same city, another county. */
let otherCountyApprover: SessionUser;
/** A window officer of 经八路, the other station of 金水区. */
let otherWindowOfficer: SessionUser;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const make = async (
    name: string,
    account: string,
    role: SessionUser["roles"][number],
    orgUnitCode: string,
  ): Promise<SessionUser> => {
    const row = await insertTestUser(db, { roles: [role], name, account, password: "Test@2026x", orgUnitCode });
    return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
  };
  colleague = await make("王磊", "410105901", "station_officer", "41010501");
  otherCountyApprover = await make("周强", "410102901", "county_approver", "410102");
  otherWindowOfficer = await make("吴芳", "410105902", "window_officer", "41010502");
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user, { ip: "203.0.113.7" });

async function userOf(key: DemoAccountKey): Promise<SessionUser> {
  const row = await demoUserRow(db, key);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}

async function as(key: DemoAccountKey) {
  return caller(await userOf(key));
}

async function row(id: string): Promise<Application> {
  const [r] = await db.select().from(applications).where(eq(applications.id, id));
  if (!r) throw new Error("application vanished");
  return r;
}

async function smsOf(app: Application) {
  return db
    .select({ template: smsMessages.template, body: smsMessages.body })
    .from(smsMessages)
    .where(like(smsMessages.idempotencyKey, `application:${app.id}:%`))
    .orderBy(asc(smsMessages.createdAt));
}

async function eventsOf(app: Application) {
  return db
    .select({
      action: applicationEvents.action,
      toState: applicationEvents.toState,
      comment: applicationEvents.comment,
      actorRole: applicationEvents.actorRole,
    })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, app.id))
    .orderBy(asc(applicationEvents.id));
}

const forbidden = { code: "FORBIDDEN" };
const outOfJurisdiction = { code: "FORBIDDEN", cause: { code: "OUT_OF_JURISDICTION" } };
const stale = { code: "CONFLICT", cause: { code: "APPLICATION_STALE" } };
const illegal = { code: "CONFLICT", cause: { code: "APPLICATION_ILLEGAL_TRANSITION" } };

describe("applicationDesk.queue", () => {
  it("lists only the officer's own station, masked, oldest wait first, with the SLA", async () => {
    const old = await insertTestApplication(db, { stateSince: new Date(Date.now() - 10 * 86_400_000) });
    const fresh = await insertTestApplication(db);
    const elsewhere = await insertTestApplication(db, { stationCode: "41010502" });
    const luoyang = await insertTestApplication(db, { stationCode: "41030501" });

    const queue = await (await as("stationOfficer")).applicationDesk.queue({});
    expect(queue.state).toBe("station_review");
    expect(queue.states).toEqual(["station_review", "needs_supplement"]);
    const ids = queue.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([old.id, fresh.id]));
    expect(ids).not.toContain(elsewhere.id);
    expect(ids).not.toContain(luoyang.id);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(fresh.id));

    const oldRow = queue.rows.find((r) => r.id === old.id);
    expect(oldRow).toMatchObject({
      number: old.number,
      applicantMaskedName: "张*",
      service: { code: "HZ001", name: "出生登记" },
    });
    expect(oldRow?.sla).toMatchObject({ overdue: true });
    expect(oldRow?.sla?.workingDaysLeft).toBeLessThan(0);
    expect(queue.rows.find((r) => r.id === fresh.id)?.sla).toMatchObject({ overdue: false, workingDaysLeft: 3 });
    expect(JSON.stringify(queue)).not.toContain(demoResidents.citizen.idNumber);
    expect(JSON.stringify(queue)).not.toContain(demoResidents.citizen.name);

    const newest = await (await as("stationOfficer")).applicationDesk.queue({ sort: "newest" });
    expect(newest.rows.map((r) => r.id).indexOf(fresh.id)).toBeLessThan(newest.rows.map((r) => r.id).indexOf(old.id));
    const aged = await (await as("stationOfficer")).applicationDesk.queue({ minAgeDays: 5 });
    expect(aged.rows.map((r) => r.id)).toContain(old.id);
    expect(aged.rows.map((r) => r.id)).not.toContain(fresh.id);
    const otherService = await (await as("stationOfficer")).applicationDesk.queue({ serviceCode: "HZ003" });
    expect(otherService.rows.map((r) => r.id)).not.toContain(old.id);

    // The other station of the same county sees its own item and not ours.
    const jingba = await (await as("newOfficer")).applicationDesk.queue({});
    expect(jingba.rows.map((r) => r.id)).toContain(elsewhere.id);
    expect(jingba.rows.map((r) => r.id)).not.toContain(old.id);
    const ly = await (await as("luoyangStationOfficer")).applicationDesk.queue({});
    expect(ly.rows.map((r) => r.id)).toEqual([luoyang.id]);
  });

  it("shows items waiting on the citizen in a second tab", async () => {
    const waiting = await insertTestApplication(db, { state: "needs_supplement" });
    const queue = await (await as("stationOfficer")).applicationDesk.queue({ state: "needs_supplement" });
    expect(queue.rows.map((r) => r.id)).toContain(waiting.id);
    expect(queue.rows.find((r) => r.id === waiting.id)?.sla).toBeNull();
  });

  it("gives the county approver every station of the county in county review, and nothing else", async () => {
    const huayuan = await insertTestApplication(db, { state: "county_review" });
    const jingba = await insertTestApplication(db, { state: "county_review", stationCode: "41010502" });
    const zhongyuan = await insertTestApplication(db, { state: "county_review", stationCode: "41010201" });
    const queue = await (await as("countyApprover")).applicationDesk.queue({});
    expect(queue.state).toBe("county_review");
    const ids = queue.rows.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([huayuan.id, jingba.id]));
    expect(ids).not.toContain(zhongyuan.id);
    expect(queue.rows.every((r) => r.state === "county_review")).toBe(true);
    await expect((await as("countyApprover")).applicationDesk.queue({ state: "station_review" })).rejects.toMatchObject(
      forbidden,
    );
    const other = await caller(otherCountyApprover).applicationDesk.queue({});
    expect(other.rows.map((r) => r.id)).toEqual([zhongyuan.id]);
  });

  it("is refused to window and traffic officers, citizens and admins", async () => {
    for (const key of ["windowOfficer", "trafficOfficer", "citizen", "admin", "insurer"] as const) {
      await expect((await as(key)).applicationDesk.queue({})).rejects.toMatchObject(forbidden);
    }
    await expect(caller(null).applicationDesk.queue({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("assign to me", () => {
  it("locks the item against a colleague until released, and shows who has it", async () => {
    const app = await insertTestApplication(db);
    const me = await as("stationOfficer");
    const them = caller(colleague);
    await me.applicationDesk.assign({ id: app.id, expectedVersion: app.version });

    const mine = (await me.applicationDesk.queue({})).rows.find((r) => r.id === app.id);
    expect(mine?.assignedTo).toMatchObject({ name: "刘建华", isMe: true });
    const theirs = (await them.applicationDesk.queue({})).rows.find((r) => r.id === app.id);
    expect(theirs?.assignedTo).toMatchObject({ name: "刘建华", isMe: false });

    const locked = { code: "CONFLICT", cause: { code: "APPLICATION_LOCKED", params: { officer: "刘建华" } } };
    await expect(them.applicationDesk.assign({ id: app.id, expectedVersion: app.version })).rejects.toMatchObject(
      locked,
    );
    await expect(them.applicationDesk.forward({ id: app.id, expectedVersion: app.version })).rejects.toMatchObject(
      locked,
    );
    await expect(
      them.applicationDesk.reject({ id: app.id, expectedVersion: app.version, reason: "材料不符" }),
    ).rejects.toMatchObject(locked);
    await expect(them.applicationDesk.release({ id: app.id, expectedVersion: app.version })).rejects.toMatchObject(
      locked,
    );
    const detail = await them.applicationDesk.get({ id: app.id });
    expect(detail.lock).toMatchObject({ name: "刘建华", isMe: false });
    expect((await row(app.id)).state).toBe("station_review");

    await me.applicationDesk.release({ id: app.id, expectedVersion: app.version });
    await them.applicationDesk.assign({ id: app.id, expectedVersion: app.version });
    const forwarded = await them.applicationDesk.forward({ id: app.id, expectedVersion: app.version });
    expect(forwarded.state).toBe("county_review");
    // A decision clears the assignment.
    expect((await row(app.id)).assignedTo).toBeNull();
  });

  it("lets a colleague take over an assignment older than four hours, on the record", async () => {
    const app = await insertTestApplication(db);
    const officer = await userOf("stationOfficer");
    await db
      .update(applications)
      .set({ assignedTo: officer.id, assignedAt: new Date(Date.now() - 5 * 3600_000) })
      .where(eq(applications.id, app.id));
    await caller(colleague).applicationDesk.assign({ id: app.id, expectedVersion: app.version });
    expect((await row(app.id)).assignedTo).toBe(colleague.id);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "application.assign"), eq(auditLog.targetId, app.id)))
      .orderBy(desc(auditLog.id));
    expect(entry).toMatchObject({ actorId: colleague.id, details: { takenOverFrom: officer.id } });
  });

  it("is refused outside the jurisdiction, to other roles, and on a stale version", async () => {
    const app = await insertTestApplication(db);
    await expect(
      (await as("luoyangStationOfficer")).applicationDesk.assign({ id: app.id, expectedVersion: app.version }),
    ).rejects.toMatchObject(outOfJurisdiction);
    await expect(
      (await as("newOfficer")).applicationDesk.assign({ id: app.id, expectedVersion: app.version }),
    ).rejects.toMatchObject(outOfJurisdiction);
    for (const key of ["trafficOfficer", "citizen", "admin"] as const) {
      await expect(
        (await as(key)).applicationDesk.assign({ id: app.id, expectedVersion: app.version }),
      ).rejects.toMatchObject(forbidden);
    }
    // A county approver may not take an item that is with the station.
    await expect(
      (await as("countyApprover")).applicationDesk.assign({ id: app.id, expectedVersion: app.version }),
    ).rejects.toMatchObject(illegal);
    await expect(
      (await as("stationOfficer")).applicationDesk.assign({ id: app.id, expectedVersion: app.version + 1 }),
    ).rejects.toMatchObject(stale);
    expect((await row(app.id)).assignedTo).toBeNull();
    await expect(
      (await as("luoyangStationOfficer")).applicationDesk.release({ id: app.id, expectedVersion: app.version }),
    ).rejects.toMatchObject(outOfJurisdiction);
  });
});

describe("applicationDesk.get", () => {
  it("shows the answers with their labels, the materials, the register records (audited) and the station's actions", async () => {
    const app = await insertTestApplication(db);
    const officer = await userOf("stationOfficer");
    const detail = await (await as("stationOfficer")).applicationDesk.get({ id: app.id });

    expect(detail).toMatchObject({
      number: app.number,
      state: "station_review",
      version: app.version,
      service: { code: "HZ001" },
    });
    const answers = detail.form.flatMap((s) => s.answers);
    expect(answers.find((a) => a.key === "childName")).toMatchObject({ label: "新生儿姓名", value: "张小宇" });
    expect(answers.find((a) => a.key === "joinParent")).toMatchObject({
      value: "随父落户",
      valueEn: "Father's household",
    });
    expect(answers.find((a) => a.key === "mother")?.value).toBe(
      `李娜 410105********${demoResidents.unregistered.idNumber.slice(-4)}`,
    );

    expect(detail.materials.find((m) => m.key === "birth-certificate")).toMatchObject({
      name: "出生医学证明",
      required: true,
    });
    expect(detail.materials.find((m) => m.key === "birth-certificate")?.files).toHaveLength(1);

    expect(detail.people.map((p) => p.role)).toEqual(["applicant", "father", "mother"]);
    expect(detail.people.find((p) => p.role === "mother")?.record).toMatchObject({
      name: "李娜",
      sex: "F",
      status: "active",
    });
    expect(detail.households).toHaveLength(1);
    expect(detail.households[0]?.members.map((m) => m.maskedName).sort()).toEqual(
      ["张*", "张*涵", "李*", "王*兰"].sort(),
    );
    const json = JSON.stringify(detail);
    for (const person of Object.values(demoResidents)) expect(json).not.toContain(person.idNumber);

    expect(detail.actions).toEqual(["request_supplement", "forward", "reject"]);
    expect(detail.canAssign).toBe(true);

    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "application.read_register"), eq(auditLog.targetId, app.id)));
    expect(audits.every((a) => a.actorId === officer.id && a.outcome === "ok" && a.ip === "203.0.113.7")).toBe(true);
    const subjects = audits.map((a) => a.subjectIdHash);
    for (const person of [
      demoResidents.citizen,
      demoResidents.unregistered,
      demoResidents.daughter,
      demoResidents.mother,
    ]) {
      expect(subjects).toContain(hashPii("id", person.idNumber));
    }
  });

  it("warns of another open application of the same person for the same service", async () => {
    const first = await insertTestApplication(db);
    const second = await insertTestApplication(db, { state: "county_review" });
    const detail = await (await as("stationOfficer")).applicationDesk.get({ id: first.id });
    expect(detail.duplicates).toEqual(
      expect.arrayContaining([{ id: second.id, number: second.number, state: "county_review", withinScope: true }]),
    );
  });

  it("gives each role the actions the state machine allows it", async () => {
    const atCounty = await insertTestApplication(db, { state: "county_review" });
    expect((await (await as("countyApprover")).applicationDesk.get({ id: atCounty.id })).actions).toEqual([
      "reject",
      "approve",
      "send_back",
    ]);
    expect((await (await as("stationOfficer")).applicationDesk.get({ id: atCounty.id })).actions).toEqual([]);
    const approved = await insertTestApplication(db, { state: "approved" });
    expect((await (await as("windowOfficer")).applicationDesk.get({ id: approved.id })).actions).toEqual([
      "complete",
      "void",
    ]);
  });

  it("refuses another jurisdiction (audited as denied) and other roles", async () => {
    const app = await insertTestApplication(db);
    const luoyang = await userOf("luoyangStationOfficer");
    await expect((await as("luoyangStationOfficer")).applicationDesk.get({ id: app.id })).rejects.toMatchObject(
      outOfJurisdiction,
    );
    await expect((await as("newOfficer")).applicationDesk.get({ id: app.id })).rejects.toMatchObject(outOfJurisdiction);
    await expect(caller(otherWindowOfficer).applicationDesk.get({ id: app.id })).rejects.toMatchObject(
      outOfJurisdiction,
    );
    const [denied] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "application.read"), eq(auditLog.actorId, luoyang.id), eq(auditLog.targetId, app.id)),
      );
    expect(denied).toMatchObject({ outcome: "denied", subjectIdHash: app.applicantIdHash });
    const reads = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "application.read_register"), eq(auditLog.actorId, luoyang.id)));
    expect(reads).toEqual([]);
    for (const key of ["trafficOfficer", "citizen", "admin", "insurer"] as const) {
      await expect((await as(key)).applicationDesk.get({ id: app.id })).rejects.toMatchObject(forbidden);
    }
  });
});

describe("station review", () => {
  it("requests supplements naming fields and materials, and tells the citizen", async () => {
    const app = await insertTestApplication(db);
    const station = await as("stationOfficer");
    await expect(
      station.applicationDesk.requestSupplement({
        id: app.id,
        expectedVersion: app.version,
        fields: [],
        materials: [],
        comment: "请补正",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      station.applicationDesk.requestSupplement({
        id: app.id,
        expectedVersion: app.version,
        fields: ["noSuchField"],
        materials: [],
        comment: "请补正",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fields: { items: "desk.supplementItemUnknown" } } });
    await expect(
      station.applicationDesk.requestSupplement({
        id: app.id,
        expectedVersion: app.version,
        fields: ["birthPlace"],
        materials: [],
        comment: " ",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const result = await station.applicationDesk.requestSupplement({
      id: app.id,
      expectedVersion: app.version,
      fields: ["birthPlace"],
      materials: ["birth-certificate"],
      comment: "出生医学证明照片模糊，出生地请填写到区县。",
    });
    expect(result).toMatchObject({ state: "needs_supplement", version: app.version + 1 });
    const after = await row(app.id);
    expect(after.supplementRequest).toMatchObject({
      fields: ["birthPlace"],
      materials: ["birth-certificate"],
      comment: "出生医学证明照片模糊，出生地请填写到区县。",
    });
    expect((await eventsOf(app)).at(-1)).toMatchObject({
      action: "request_supplement",
      actorRole: "station_officer",
      comment: expect.stringContaining("模糊"),
    });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_needs_supplement"]);
  });

  it("forwards to the county with an SMS, refusing a stale version first", async () => {
    const app = await insertTestApplication(db);
    const station = await as("stationOfficer");
    await expect(
      station.applicationDesk.forward({ id: app.id, expectedVersion: app.version + 1 }),
    ).rejects.toMatchObject(stale);
    expect((await row(app.id)).state).toBe("station_review");
    await station.applicationDesk.forward({ id: app.id, expectedVersion: app.version, comment: "材料齐全" });
    expect(await row(app.id)).toMatchObject({ state: "county_review", version: app.version + 1 });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_forwarded"]);
    // Forwarded once: a second click with the old version changes nothing.
    await expect(station.applicationDesk.forward({ id: app.id, expectedVersion: app.version })).rejects.toMatchObject(
      stale,
    );
    expect((await smsOf(app)).length).toBe(1);
  });

  it("rejects with a reason the citizen reads", async () => {
    const app = await insertTestApplication(db);
    const station = await as("stationOfficer");
    await expect(
      station.applicationDesk.reject({ id: app.id, expectedVersion: app.version, reason: "" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await station.applicationDesk.reject({
      id: app.id,
      expectedVersion: app.version,
      reason: "父母均非本省户籍，不符合落户条件。",
    });
    expect(await row(app.id)).toMatchObject({ state: "rejected", outcomeReason: "父母均非本省户籍，不符合落户条件。" });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_rejected"]);
  });

  it("approves at the station only where the station decides, with the 60-day deadline", async () => {
    const county = await insertTestApplication(db);
    await expect(
      (await as("stationOfficer")).applicationDesk.stationApprove({ id: county.id, expectedVersion: county.version }),
    ).rejects.toMatchObject(illegal);
    const referred = await insertTestApplication(db, { serviceCode: "HZ023", formData: { lossReason: "lost" } });
    const result = await (
      await as("stationOfficer")
    ).applicationDesk.stationApprove({ id: referred.id, expectedVersion: referred.version });
    expect(result.state).toBe("approved");
    expect((await row(referred.id)).windowDeadline).toBe(addDays(chinaToday(), 60));
    expect((await smsOf(referred)).map((s) => s.template)).toEqual(["application_ready_at_window"]);
  });

  it("refuses station actions to other roles and jurisdictions, changing nothing", async () => {
    const app = await insertTestApplication(db);
    const target = { id: app.id, expectedVersion: app.version };
    for (const key of ["countyApprover", "windowOfficer", "trafficOfficer", "citizen", "admin"] as const) {
      const c = await as(key);
      await expect(c.applicationDesk.forward(target)).rejects.toMatchObject(forbidden);
      await expect(c.applicationDesk.stationApprove(target)).rejects.toMatchObject(forbidden);
      await expect(
        c.applicationDesk.requestSupplement({ ...target, fields: [], materials: ["id-card"], comment: "x" }),
      ).rejects.toMatchObject(forbidden);
    }
    for (const key of ["luoyangStationOfficer", "newOfficer"] as const) {
      const c = await as(key);
      await expect(c.applicationDesk.forward(target)).rejects.toMatchObject(outOfJurisdiction);
      await expect(c.applicationDesk.stationApprove(target)).rejects.toMatchObject(outOfJurisdiction);
      await expect(c.applicationDesk.reject({ ...target, reason: "不符合条件" })).rejects.toMatchObject(
        outOfJurisdiction,
      );
      await expect(
        c.applicationDesk.requestSupplement({ ...target, fields: [], materials: ["id-card"], comment: "x" }),
      ).rejects.toMatchObject(outOfJurisdiction);
    }
    expect(await row(app.id)).toMatchObject({ state: "station_review", version: app.version });
    expect(await smsOf(app)).toEqual([]);
  });
});

describe("county approval", () => {
  it("approves with the exact window deadline and the station in the SMS", async () => {
    const app = await insertTestApplication(db, { state: "county_review" });
    await (await as("countyApprover")).applicationDesk.approve({ id: app.id, expectedVersion: app.version });
    const deadline = addDays(chinaToday(), 60);
    expect(await row(app.id)).toMatchObject({ state: "approved", windowDeadline: deadline, dueAt: null });
    const [sms] = await smsOf(app);
    expect(sms?.template).toBe("application_approved");
    expect(sms?.body).toContain(formatDay(deadline, "zh-CN"));
    expect(sms?.body).toContain("花园路派出所");
    expect(sms?.body).toContain(app.number ?? "missing");
  });

  it("sends back to the station with a comment and no SMS", async () => {
    const app = await insertTestApplication(db, { state: "county_review" });
    const county = await as("countyApprover");
    await expect(
      county.applicationDesk.sendBack({ id: app.id, expectedVersion: app.version, comment: " " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await county.applicationDesk.sendBack({ id: app.id, expectedVersion: app.version, comment: "请核实父亲婚姻状况" });
    expect((await row(app.id)).state).toBe("station_review");
    expect((await eventsOf(app)).at(-1)).toMatchObject({
      action: "send_back",
      actorRole: "county_approver",
      comment: "请核实父亲婚姻状况",
    });
    expect(await smsOf(app)).toEqual([]);
  });

  it("rejects at the county with the county role", async () => {
    const app = await insertTestApplication(db, { state: "county_review" });
    await (
      await as("countyApprover")
    ).applicationDesk.reject({ id: app.id, expectedVersion: app.version, reason: "不符合落户政策" });
    expect((await eventsOf(app)).at(-1)).toMatchObject({ action: "reject", actorRole: "county_approver" });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_rejected"]);
  });

  it("refuses approving what is still with the station, other roles and other counties", async () => {
    const atStation = await insertTestApplication(db);
    await expect(
      (await as("countyApprover")).applicationDesk.approve({ id: atStation.id, expectedVersion: atStation.version }),
    ).rejects.toMatchObject(illegal);
    // The station cannot reject what is with the county.
    const app = await insertTestApplication(db, { state: "county_review" });
    const target = { id: app.id, expectedVersion: app.version };
    await expect((await as("stationOfficer")).applicationDesk.reject({ ...target, reason: "x" })).rejects.toMatchObject(
      illegal,
    );
    for (const key of ["stationOfficer", "windowOfficer", "trafficOfficer", "citizen", "admin"] as const) {
      await expect((await as(key)).applicationDesk.approve(target)).rejects.toMatchObject(forbidden);
      await expect((await as(key)).applicationDesk.sendBack({ ...target, comment: "x" })).rejects.toMatchObject(
        forbidden,
      );
    }
    await expect(caller(otherCountyApprover).applicationDesk.approve(target)).rejects.toMatchObject(outOfJurisdiction);
    await expect(
      caller(otherCountyApprover).applicationDesk.sendBack({ ...target, comment: "x" }),
    ).rejects.toMatchObject(outOfJurisdiction);
    await expect(caller(otherCountyApprover).applicationDesk.reject({ ...target, reason: "x" })).rejects.toMatchObject(
      outOfJurisdiction,
    );
    expect(await row(app.id)).toMatchObject({ state: "county_review", version: app.version });
  });

  it("lets exactly one of a simultaneous approve and send-back win", async () => {
    const app = await insertTestApplication(db, { state: "county_review" });
    const county = await as("countyApprover");
    const target = { id: app.id, expectedVersion: app.version };
    const results = await Promise.allSettled([
      county.applicationDesk.approve(target),
      county.applicationDesk.sendBack({ ...target, comment: "请补充核实" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected");
    expect((loser as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(["APPLICATION_STALE", "APPLICATION_ILLEGAL_TRANSITION"]).toContain(
      (loser as PromiseRejectedResult).reason.cause.code,
    );
    const after = await row(app.id);
    expect(after.version).toBe(app.version + 1);
    expect((await eventsOf(app)).filter((e) => e.action === "approve" || e.action === "send_back")).toHaveLength(1);
    const approvedWon = results[0]?.status === "fulfilled";
    expect(after.state).toBe(approvedWon ? "approved" : "station_review");
    expect(after.windowDeadline).toBe(approvedWon ? addDays(chinaToday(), 60) : null);
    expect((await smsOf(app)).length).toBe(approvedWon ? 1 : 0);
  });
});

describe("the window", () => {
  async function householdOfCitizen() {
    const [r] = await db
      .select({ householdId: residents.householdId })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)));
    if (!r) throw new Error("no demo household");
    return db.select({ name: residents.name }).from(residents).where(eq(residents.householdId, r.householdId));
  }

  it("finds approved applications by number and by ID number (audited), only in its own station", async () => {
    const approved = await insertTestApplication(db, { state: "approved" });
    const pending = await insertTestApplication(db, { state: "county_review" });
    const window = await as("windowOfficer");
    expect(
      (await window.applicationDesk.findAtWindow({ number: ` ${approved.number?.toLowerCase()} ` })).matches.map(
        (m) => m.id,
      ),
    ).toEqual([approved.id]);
    expect((await window.applicationDesk.findAtWindow({ number: pending.number ?? "" })).matches).toEqual([]);

    const byId = await window.applicationDesk.findAtWindow({ idNumber: demoResidents.citizen.idNumber });
    expect(byId.matches.map((m) => m.id)).toContain(approved.id);
    expect(byId.matches.map((m) => m.id)).not.toContain(pending.id);
    expect(byId.maskedIdNumber).toBe(`410105********${demoResidents.citizen.idNumber.slice(-4)}`);
    expect(JSON.stringify(byId)).not.toContain(demoResidents.citizen.idNumber);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, "application.find_at_window"),
          eq(auditLog.subjectIdHash, hashPii("id", demoResidents.citizen.idNumber)),
        ),
      )
      .orderBy(desc(auditLog.id));
    expect(entry).toMatchObject({ actorId: (await userOf("windowOfficer")).id, outcome: "ok" });
    expect(JSON.stringify(entry)).not.toContain(demoResidents.citizen.idNumber);

    expect(
      (await caller(otherWindowOfficer).applicationDesk.findAtWindow({ number: approved.number ?? "" })).matches,
    ).toEqual([]);
    await expect(window.applicationDesk.findAtWindow({ idNumber: "410105199005121230" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(window.applicationDesk.findAtWindow({ number: "12345" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { fields: { number: "desk.applicationNumberFormat" } },
    });
    for (const key of ["stationOfficer", "countyApprover", "trafficOfficer", "citizen"] as const) {
      await expect(
        (await as(key)).applicationDesk.findAtWindow({ number: approved.number ?? "" }),
      ).rejects.toMatchObject(forbidden);
    }
  });

  it("completes only when every original matches, then updates the register and issues a verifiable page", async () => {
    const app = await insertTestApplication(db, { state: "approved" });
    const window = await as("windowOfficer");
    const officer = await userOf("windowOfficer");
    const keys = (await window.applicationDesk.get({ id: app.id })).materials
      .filter((m) => m.files.length)
      .map((m) => m.key);
    const target = { id: app.id, expectedVersion: app.version };

    await expect(
      window.applicationDesk.complete({
        ...target,
        checks: keys.slice(1).map((k) => ({ materialKey: k, matches: true })),
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "ORIGINALS_UNCHECKED" },
    });
    await expect(
      window.applicationDesk.complete({ ...target, checks: keys.map((k, i) => ({ materialKey: k, matches: i > 0 })) }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "ORIGINALS_MISMATCH", params: { materials: "出生医学证明" } },
    });
    expect((await householdOfCitizen()).map((r) => r.name)).not.toContain("张小宇");
    expect((await row(app.id)).state).toBe("approved");

    const result = await window.applicationDesk.complete({
      ...target,
      checks: keys.map((k) => ({ materialKey: k, matches: true })),
    });
    expect(result).toMatchObject({ state: "completed", version: app.version + 1 });
    const after = await row(app.id);
    expect(after.originalsCheck).toEqual(keys.map((k) => ({ materialKey: k, matches: true })));
    expect((await householdOfCitizen()).map((r) => r.name)).toContain("张小宇");

    const verification = await getDocumentVerification(db, result.documentCode);
    expect(verification.status).toBe("valid");
    const [doc] = await db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, after.documentId ?? ""));
    expect(doc).toMatchObject({ ownerId: app.applicantId, issuedBy: officer.id, pdfBlobId: result.pdfBlobId });
    const pdf = await readBlob(db, { blobId: result.pdfBlobId, user: officer });
    expect(pdf.contentType).toBe("application/pdf");
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_completed"]);
  });

  it("voids with the reason and the mismatched materials, ending the case with an SMS", async () => {
    const app = await insertTestApplication(db, { state: "approved" });
    const window = await as("windowOfficer");
    await expect(
      window.applicationDesk.void({ id: app.id, expectedVersion: app.version, reason: "", mismatched: [] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await window.applicationDesk.void({
      id: app.id,
      expectedVersion: app.version,
      reason: "出生医学证明原件编号与上传件不一致。",
      mismatched: ["birth-certificate"],
    });
    const after = await row(app.id);
    expect(after).toMatchObject({
      state: "voided",
      outcomeReason: "出生医学证明原件编号与上传件不一致。",
      originalsCheck: [{ materialKey: "birth-certificate", matches: false }],
      documentId: null,
    });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_voided"]);
    await expect(
      window.applicationDesk.complete({ id: app.id, expectedVersion: after.version, checks: [] }),
    ).rejects.toMatchObject(illegal);
  });

  it("refuses completing what is not approved, and window actions to other roles and stations", async () => {
    const inReview = await insertTestApplication(db);
    const window = await as("windowOfficer");
    await expect(
      window.applicationDesk.complete({ id: inReview.id, expectedVersion: inReview.version, checks: [] }),
    ).rejects.toMatchObject(illegal);
    await expect(
      window.applicationDesk.void({ id: inReview.id, expectedVersion: inReview.version, reason: "x", mismatched: [] }),
    ).rejects.toMatchObject(illegal);
    const app = await insertTestApplication(db, { state: "approved" });
    const target = { id: app.id, expectedVersion: app.version };
    for (const key of ["stationOfficer", "countyApprover", "trafficOfficer", "citizen", "admin"] as const) {
      const c = await as(key);
      await expect(c.applicationDesk.complete({ ...target, checks: [] })).rejects.toMatchObject(forbidden);
      await expect(c.applicationDesk.void({ ...target, reason: "x", mismatched: [] })).rejects.toMatchObject(forbidden);
      await expect(
        c.applicationDesk.post({ ...target, carrier: "ems", trackingNumber: "EA123456789CN" }),
      ).rejects.toMatchObject(forbidden);
    }
    const other = caller(otherWindowOfficer);
    await expect(other.applicationDesk.complete({ ...target, checks: [] })).rejects.toMatchObject(outOfJurisdiction);
    await expect(other.applicationDesk.void({ ...target, reason: "x", mismatched: [] })).rejects.toMatchObject(
      outOfJurisdiction,
    );
    await expect(
      other.applicationDesk.post({ ...target, carrier: "ems", trackingNumber: "EA123456789CN" }),
    ).rejects.toMatchObject(outOfJurisdiction);
    await expect(
      window.applicationDesk.post({ ...target, carrier: "ems", trackingNumber: "EA123456789CN" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "NOT_POSTAL_DELIVERY" },
    });
    expect(await row(app.id)).toMatchObject({ state: "approved", version: app.version });
  });

  it("lets exactly one of a simultaneous complete and void win, with nothing half-written", async () => {
    const app = await insertTestApplication(db, { state: "approved", formData: birthFormData("张小雨") });
    const window = await as("windowOfficer");
    const keys = (await window.applicationDesk.get({ id: app.id })).materials
      .filter((m) => m.files.length)
      .map((m) => m.key);
    const target = { id: app.id, expectedVersion: app.version };
    const householdBefore = await householdOfCitizen();
    const results = await Promise.allSettled([
      window.applicationDesk.complete({ ...target, checks: keys.map((k) => ({ materialKey: k, matches: true })) }),
      window.applicationDesk.void({ ...target, reason: "原件系伪造", mismatched: [] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT" });
    const after = await row(app.id);
    const docs = await db
      .select()
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.subjectType, "application"), eq(issuedDocuments.subjectId, app.id)));
    if (results[0]?.status === "fulfilled") {
      expect(after.state).toBe("completed");
      expect(docs).toHaveLength(1);
      expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_completed"]);
    } else {
      expect(after.state).toBe("voided");
      expect(docs).toEqual([]);
      expect((await householdOfCitizen()).length).toBe(householdBefore.length);
      expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_voided"]);
    }
  });

  it("completes a postal application by recording the tracking number", async () => {
    const app = await insertTestApplication(db, {
      serviceCode: "HZ023",
      state: "approved",
      formData: { lossReason: "lost" },
      delivery: {
        method: "post",
        recipient: "张明",
        phoneEnc: encryptPii("13800138000"),
        address: "河南省郑州市金水区花园路62号",
        feeFen: 1500,
      },
    });
    const window = await as("windowOfficer");
    await expect(
      window.applicationDesk.post({ id: app.id, expectedVersion: app.version, carrier: "ems", trackingNumber: "12" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const result = await window.applicationDesk.post({
      id: app.id,
      expectedVersion: app.version,
      carrier: "ems",
      trackingNumber: "ea 123 456 789 cn",
    });
    expect(result.state).toBe("completed");
    const after = await row(app.id);
    expect(after.delivery).toMatchObject({ method: "post", carrier: "中国邮政EMS", trackingNumber: "EA123456789CN" });
    expect(after.documentId).not.toBeNull();
    const sms = await smsOf(app);
    expect(sms.map((s) => s.template)).toEqual(["application_posted"]);
    expect(sms[0]?.body).toContain("EA123456789CN");
  });
});
