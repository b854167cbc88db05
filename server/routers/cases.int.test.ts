import { and, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, caseQueryPersons, orgUnits, smsMessages } from "@/db/schema";
import { type DemoAccountKey, demoAccount } from "@/server/seed/demo-accounts";
import { demoCase } from "@/server/seed/demo-case";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { caseQueryRules } from "@/server/cases/case-query-rules";
import { queryCaseProgress } from "@/server/cases/query-case-progress";
import { queryNumberHash } from "@/server/cases/query-number";
import { issueTestCaseCode, testIdNumber, testPhone, verifiedTestCitizen } from "@/server/cases/test-cases";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const sessions = new Map<DemoAccountKey, SessionUser>();
let huayuanStationId: number;
let jingbaStationId: number;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  for (const key of [
    "citizen",
    "stationOfficer",
    "countyApprover",
    "windowOfficer",
    "trafficOfficer",
    "insurer",
    "admin",
    "luoyangStationOfficer",
  ] as const) {
    const row = await demoUserRow(db, key);
    sessions.set(key, { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId });
  }
  const units = await db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits);
  huayuanStationId = units.find((u) => u.code === "41010501")?.id ?? 0;
  jingbaStationId = units.find((u) => u.code === "41010502")?.id ?? 0;
});
afterAll(async () => h.close());

let ipCounter = 0;
const caller = (user: Who, ip = `203.0.113.${++ipCounter % 250}`) => callerAs(db, user, { ip });
const session = (key: DemoAccountKey) => {
  const s = sessions.get(key);
  if (!s) throw new Error(`no session ${key}`);
  return s;
};
const as = (key: DemoAccountKey) => caller(session(key));

let caseSerial = 0;
/** A case of 花园路派出所 registered by its station officer. */
async function newCase(title = "测试被盗案") {
  caseSerial += 1;
  const caseNumber = `测试〔2026〕${Date.now() % 100000}-${caseSerial}号`;
  const { id } = await as("stationOfficer").cases.register({
    caseNumber,
    type: "criminal",
    title,
    handlingUnitId: huayuanStationId,
    officerInChargeId: session("stationOfficer").id,
  });
  return { id, caseNumber, title };
}

async function newPerson(caseId: string, relation: "party" | "family" = "party") {
  const idNumber = testIdNumber();
  const phone = testPhone();
  const { personId, queryNumber } = await as("stationOfficer").cases.addPerson({
    caseId,
    idNumber,
    phone,
    relation,
    familyRelation: relation === "family" ? "父亲" : undefined,
  });
  return { personId, queryNumber, idNumber, phone };
}

describe("officers register cases and query persons", () => {
  it("texts a new person's query number, keeps only its hash and the person's data encrypted, and shows them masked", async () => {
    const c = await newCase();
    const p = await newPerson(c.id, "family");
    expect(p.queryNumber).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);

    const [sms] = await db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `case_query_number:${p.personId}:%`));
    expect(sms?.phoneHash).toBe(hashPii("phone", p.phone));
    expect(sms?.body).toContain(p.queryNumber);

    const [row] = await db.select().from(caseQueryPersons).where(eq(caseQueryPersons.id, p.personId));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(p.idNumber);
    expect(stored).not.toContain(p.phone);
    expect(stored).not.toContain(p.queryNumber);
    expect(row?.queryNumberHash).toBe(queryNumberHash(p.queryNumber));

    const detail = await as("stationOfficer").cases.get({ id: c.id });
    expect(detail.persons).toEqual([
      expect.objectContaining({
        id: p.personId,
        relation: "family",
        familyRelation: "父亲",
        idNumber: `${p.idNumber.slice(0, 6)}********${p.idNumber.slice(-4)}`,
        phone: `${p.phone.slice(0, 3)}****${p.phone.slice(-4)}`,
        revokedAt: null,
      }),
    ]);
    expect(JSON.stringify(detail)).not.toContain(p.idNumber);
  });

  it("re-issues a number: the old one stops working, the new one is texted", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const again = await as("stationOfficer").cases.reissueNumber({ personId: p.personId });
    expect(again.queryNumber).not.toBe(p.queryNumber);
    const [row] = await db.select().from(caseQueryPersons).where(eq(caseQueryPersons.id, p.personId));
    expect(row?.queryNumberHash).toBe(queryNumberHash(again.queryNumber));
    const texts = await db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `case_query_number:${p.personId}:%`));
    expect(texts.map((t) => t.body.includes(again.queryNumber))).toContain(true);
  });

  it("refuses a case number already registered, an officer in charge of another unit, a family member without relation, and a person added twice", async () => {
    const c = await newCase();
    expect(
      await refusal(
        as("stationOfficer").cases.register({
          caseNumber: c.caseNumber,
          type: "administrative",
          title: "另一个案件",
          handlingUnitId: huayuanStationId,
          officerInChargeId: session("stationOfficer").id,
        }),
      ),
    ).toMatchObject({ domainCode: "CASE_NUMBER_TAKEN" });
    expect(
      await refusal(
        as("countyApprover").cases.register({
          caseNumber: `${c.caseNumber}-2`,
          type: "administrative",
          title: "另一个案件",
          handlingUnitId: jingbaStationId,
          officerInChargeId: session("stationOfficer").id,
        }),
      ),
    ).toMatchObject({ domainCode: "BAD_INPUT" });
    expect(
      await refusal(
        as("stationOfficer").cases.addPerson({
          caseId: c.id,
          idNumber: testIdNumber(),
          phone: testPhone(),
          relation: "family",
        }),
      ),
    ).toMatchObject({ domainCode: "BAD_INPUT" });
    const p = await newPerson(c.id);
    const again = await refusal(
      as("stationOfficer").cases.addPerson({
        caseId: c.id,
        idNumber: p.idNumber,
        phone: testPhone(),
        relation: "party",
      }),
    );
    expect(again).toMatchObject({ domainCode: "CONFLICT" });
  });

  it("texts every active query person about a new node, but not a revoked one; a coercive measure needs its kind", async () => {
    const c = await newCase();
    const kept = await newPerson(c.id);
    const revoked = await newPerson(c.id, "family");
    await as("stationOfficer").cases.revokePerson({ personId: revoked.personId });
    const node = await as("stationOfficer").cases.addNode({
      caseId: c.id,
      kind: "coercive_measure",
      measure: "bail",
      occurredOn: chinaToday(),
      remark: "已对犯罪嫌疑人取保候审。",
    });
    expect(node.notified).toBe(1);
    const texts = await db
      .select()
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `case_progress:${node.id}:%`));
    expect(texts.map((t) => [t.phoneHash, t.body])).toEqual([
      [
        hashPii("phone", kept.phone),
        "【河南警民通】您登记查询的案件有新进展：采取强制措施（取保候审）。请登录警民通“案件查询”查看。",
      ],
    ]);
    expect(
      await refusal(
        as("stationOfficer").cases.addNode({
          caseId: c.id,
          kind: "coercive_measure",
          occurredOn: chinaToday(),
          remark: "",
        }),
      ),
    ).toMatchObject({ domainCode: "BAD_INPUT" });
  });

  it("lets the county approver list and edit the station's cases; an officer of another unit can neither list, read nor edit them", async () => {
    const c = await newCase("辖区外不可见的案件");
    const p = await newPerson(c.id);
    expect((await as("countyApprover").cases.list()).map((x) => x.id)).toContain(c.id);
    await as("countyApprover").cases.addNode({ caseId: c.id, kind: "accepted", occurredOn: chinaToday(), remark: "" });

    const luoyang = as("luoyangStationOfficer");
    expect((await luoyang.cases.list()).map((x) => x.id)).not.toContain(c.id);
    const luoyangUnits = (await luoyang.cases.formOptions()).units.map((u) => u.id);
    expect(luoyangUnits).toEqual([session("luoyangStationOfficer").orgUnitId]);
    const countyOptions = await as("countyApprover").cases.formOptions();
    expect(countyOptions.units.map((u) => u.id)).toEqual(expect.arrayContaining([huayuanStationId, jingbaStationId]));
    expect(countyOptions.officers.map((o) => o.id)).toEqual(
      expect.arrayContaining([session("stationOfficer").id, session("countyApprover").id]),
    );
    expect(countyOptions.officers.map((o) => o.id)).not.toContain(session("luoyangStationOfficer").id);
    const outside = { code: "FORBIDDEN", domainCode: "OUT_OF_JURISDICTION" };
    expect(await refusal(luoyang.cases.get({ id: c.id }))).toMatchObject(outside);
    expect(
      await refusal(
        luoyang.cases.addPerson({ caseId: c.id, idNumber: testIdNumber(), phone: testPhone(), relation: "party" }),
      ),
    ).toMatchObject(outside);
    expect(
      await refusal(luoyang.cases.addNode({ caseId: c.id, kind: "closed", occurredOn: chinaToday(), remark: "" })),
    ).toMatchObject(outside);
    expect(await refusal(luoyang.cases.revokePerson({ personId: p.personId }))).toMatchObject(outside);
    expect(await refusal(luoyang.cases.reissueNumber({ personId: p.personId }))).toMatchObject(outside);
    expect(
      await refusal(
        luoyang.cases.register({
          caseNumber: `${c.caseNumber}-洛阳`,
          type: "criminal",
          title: "越权登记",
          handlingUnitId: huayuanStationId,
          officerInChargeId: session("stationOfficer").id,
        }),
      ),
    ).toMatchObject(outside);
    // A station officer's jurisdiction is the station: the neighbouring station's cases are outside it too.
    const neighbour = await insertTestUser(db, {
      roles: ["station_officer"],
      account: "410105099",
      password: "Demo@2026x",
      orgUnitCode: "41010502",
    });
    const neighbourCaller = caller({
      id: neighbour.id,
      name: neighbour.name,
      roles: neighbour.roles,
      orgUnitId: neighbour.orgUnitId,
    });
    expect(await refusal(neighbourCaller.cases.get({ id: c.id }))).toMatchObject(outside);
    const [row] = await db.select().from(caseQueryPersons).where(eq(caseQueryPersons.id, p.personId));
    expect(row?.revokedAt).toBeNull();
  });

  it("is for station officers and county approvers only", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    for (const key of ["citizen", "windowOfficer", "trafficOfficer", "insurer", "admin"] as const) {
      const other = as(key);
      const calls = [
        other.cases.list(),
        other.cases.formOptions(),
        other.cases.get({ id: c.id }),
        other.cases.register({
          caseNumber: "x",
          type: "criminal",
          title: "x",
          handlingUnitId: huayuanStationId,
          officerInChargeId: session("stationOfficer").id,
        }),
        other.cases.addPerson({ caseId: c.id, idNumber: testIdNumber(), phone: testPhone(), relation: "party" }),
        other.cases.reissueNumber({ personId: p.personId }),
        other.cases.revokePerson({ personId: p.personId }),
        other.cases.addNode({ caseId: c.id, kind: "closed", occurredOn: chinaToday(), remark: "" }),
      ];
      for (const call of calls) expect(await refusal(call), key).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await refusal(caller(null).cases.list())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("citizens query a case's progress", () => {
  it("shows the registered family member the title, unit and nodes, and nothing else", async () => {
    const c = await newCase("王某被盗案");
    const p = await newPerson(c.id, "family");
    await as("stationOfficer").cases.addNode({
      caseId: c.id,
      kind: "accepted",
      occurredOn: chinaToday(),
      remark: "已受理。",
    });
    const me = await verifiedTestCitizen(db);
    const code = await issueTestCaseCode(db, p.phone);
    const result = await caller(me).cases.query({
      queryNumber: p.queryNumber.toLowerCase(),
      idNumber: p.idNumber,
      phone: p.phone,
      code,
    });
    expect(result).toEqual({
      title: "王某被盗案",
      unitName: "花园路派出所",
      unitNameEn: expect.any(String),
      nodes: [{ kind: "accepted", measure: null, occurredOn: chinaToday(), remark: "已受理。" }],
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "cases.queried"), eq(auditLog.actorId, me.id)));
    expect(entry).toMatchObject({ outcome: "ok", targetId: c.id });
    const details = JSON.stringify(entry?.details);
    expect(details).not.toContain(p.idNumber);
    expect(details).not.toContain(p.phone);
    expect(details).not.toContain(p.queryNumber);
    expect(entry?.details).toMatchObject({ phone: `${p.phone.slice(0, 3)}****${p.phone.slice(-4)}` });
    // The code is used up.
    expect(
      await refusal(caller(me).cases.query({ queryNumber: p.queryNumber, idNumber: p.idNumber, phone: p.phone, code })),
    ).toMatchObject({
      domainCode: "CASE_QUERY_MISMATCH",
    });
  });

  it("gives one identical refusal, after the same minimum time, whichever factor is wrong (and to a revoked person)", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const revoked = await newPerson(c.id, "family");
    await as("stationOfficer").cases.revokePerson({ personId: revoked.personId });
    const otherPhone = testPhone();
    const attempts: [string, () => Promise<{ queryNumber: string; idNumber: string; phone: string; code: string }>][] =
      [
        [
          "unknown number",
          async () => ({
            queryNumber: "K7Q2M9XD3HTZ",
            idNumber: p.idNumber,
            phone: p.phone,
            code: await issueTestCaseCode(db, p.phone),
          }),
        ],
        [
          "wrong ID number",
          async () => ({
            queryNumber: p.queryNumber,
            idNumber: testIdNumber(),
            phone: p.phone,
            code: await issueTestCaseCode(db, p.phone),
          }),
        ],
        [
          "phone not registered",
          async () => ({
            queryNumber: p.queryNumber,
            idNumber: p.idNumber,
            phone: otherPhone,
            code: await issueTestCaseCode(db, otherPhone),
          }),
        ],
        [
          "wrong code",
          async () => {
            const code = await issueTestCaseCode(db, p.phone);
            return {
              queryNumber: p.queryNumber,
              idNumber: p.idNumber,
              phone: p.phone,
              code: code === "000000" ? "000001" : "000000",
            };
          },
        ],
        [
          "revoked person",
          async () => ({
            queryNumber: revoked.queryNumber,
            idNumber: revoked.idNumber,
            phone: revoked.phone,
            code: await issueTestCaseCode(db, revoked.phone),
          }),
        ],
      ];
    const outcomes: unknown[] = [];
    for (const [label, input] of attempts) {
      const me = await verifiedTestCitizen(db);
      const typed = await input();
      const started = performance.now();
      const refused = await refusal(caller(me).cases.query(typed));
      const elapsed = performance.now() - started;
      expect(elapsed, label).toBeGreaterThanOrEqual(caseQueryRules.minDurationMs - 5);
      outcomes.push({ code: refused.code, domainCode: refused.domainCode, params: refused.params });
    }
    expect(outcomes).toEqual(
      Array(attempts.length).fill({ code: "BAD_REQUEST", domainCode: "CASE_QUERY_MISMATCH", params: {} }),
    );
    // The right person with every factor right still gets in after all that.
    const me = await verifiedTestCitizen(db);
    const code = await issueTestCaseCode(db, p.phone);
    await expect(
      caller(me).cases.query({ queryNumber: p.queryNumber, idNumber: p.idNumber, phone: p.phone, code }),
    ).resolves.toMatchObject({ title: c.title });
  });

  it("never shows case B to a party of case A, whichever mix of A's and B's factors they type", async () => {
    const a = await newCase("甲案");
    const b = await newCase("乙案");
    const pa = await newPerson(a.id);
    const pb = await newPerson(b.id);
    const mixes = [
      { queryNumber: pa.queryNumber, idNumber: pb.idNumber, phone: pa.phone },
      { queryNumber: pa.queryNumber, idNumber: pb.idNumber, phone: pb.phone },
      { queryNumber: pb.queryNumber, idNumber: pa.idNumber, phone: pa.phone },
      { queryNumber: pb.queryNumber, idNumber: pb.idNumber, phone: pa.phone },
    ];
    for (const mix of mixes) {
      const me = await verifiedTestCitizen(db);
      const code = await issueTestCaseCode(db, mix.phone);
      expect(await refusal(caller(me).cases.query({ ...mix, code }))).toMatchObject({
        domainCode: "CASE_QUERY_MISMATCH",
      });
    }
  });

  it("sends a code only when number, ID number and phone belong to one active person, with the same answer either way", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const stranger = testPhone();
    const me = await verifiedTestCitizen(db);
    const sent = await caller(me).cases.requestQueryCode({
      queryNumber: p.queryNumber,
      idNumber: p.idNumber,
      phone: p.phone,
    });
    const notSent = await caller(me).cases.requestQueryCode({
      queryNumber: p.queryNumber,
      idNumber: p.idNumber,
      phone: stranger,
    });
    const wrongId = await caller(me).cases.requestQueryCode({
      queryNumber: p.queryNumber,
      idNumber: testIdNumber(),
      phone: testPhone(),
    });
    expect(notSent).toEqual(sent);
    expect(wrongId).toEqual(sent);
    const codesTo = (phone: string) =>
      db
        .select()
        .from(smsMessages)
        .where(and(eq(smsMessages.phoneHash, hashPii("phone", phone)), eq(smsMessages.template, "case_query_code")));
    expect(await codesTo(p.phone)).toHaveLength(1);
    expect(await codesTo(stranger)).toHaveLength(0);
    const requests = await db
      .select({ outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, "cases.query_code_requested"), eq(auditLog.actorId, me.id)));
    expect(requests.map((r) => r.outcome).sort()).toEqual(["denied", "denied", "ok"]);
  });

  it("locks an account for an hour after five attempts in an hour, and says until when", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const me = await verifiedTestCitizen(db);
    const wrong = { queryNumber: p.queryNumber, idNumber: testIdNumber(), phone: p.phone, code: "123456" };
    for (let i = 0; i < caseQueryRules.perAccount; i++) {
      expect(await refusal(caller(me).cases.query(wrong))).toMatchObject({ domainCode: "CASE_QUERY_MISMATCH" });
    }
    const locked = await refusal(caller(me).cases.query(wrong));
    expect(locked).toMatchObject({ code: "TOO_MANY_REQUESTS", domainCode: "CASE_QUERY_LOCKED" });
    expect(String(locked.params.until)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Even the right factors wait out the lock.
    const code = await issueTestCaseCode(db, p.phone);
    expect(await refusal(caller(me).cases.query({ ...wrong, idNumber: p.idNumber, code }))).toMatchObject({
      domainCode: "CASE_QUERY_LOCKED",
    });
    // Refused attempts are on record too, with masked inputs and why.
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "cases.queried"), eq(auditLog.actorId, me.id)));
    expect(entries).toHaveLength(caseQueryRules.perAccount + 2);
    expect(entries.every((e) => e.outcome === "denied")).toBe(true);
    expect(entries.filter((e) => (e.details as { refused?: string }).refused === "CASE_QUERY_LOCKED")).toHaveLength(2);
    expect(JSON.stringify(entries.map((e) => e.details))).not.toContain(p.idNumber);
  });

  it("locks a query number after five attempts from any accounts, and an IP address after its own limit; both open again after an hour", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const now = new Date();
    const attempt = async (user: SessionUser, ip: string, at: Date) =>
      queryCaseProgress(db, {
        userId: user.id,
        queryNumber: p.queryNumber,
        idNumber: testIdNumber(),
        phone: p.phone,
        code: "123456",
        ip,
        now: at,
        minDurationMs: 0,
      }).then(
        () => "ok",
        (e: { code?: string }) => e.code,
      );
    const outcomes: (string | undefined)[] = [];
    for (let i = 0; i <= caseQueryRules.perNumber; i++)
      outcomes.push(await attempt(await verifiedTestCitizen(db), `198.18.0.${i + 1}`, now));
    expect(outcomes).toEqual([...Array(caseQueryRules.perNumber).fill("CASE_QUERY_MISMATCH"), "CASE_QUERY_LOCKED"]);
    const later = new Date(now.getTime() + (caseQueryRules.lockSeconds + 60) * 1000);
    expect(await attempt(await verifiedTestCitizen(db), "198.18.1.1", later)).toBe("CASE_QUERY_MISMATCH");

    const ip = "198.18.2.1";
    const other = await newPerson(c.id);
    const byIp: (string | undefined)[] = [];
    for (let i = 0; i <= caseQueryRules.perIp; i++) {
      const user = await verifiedTestCitizen(db);
      byIp.push(
        await queryCaseProgress(db, {
          userId: user.id,
          queryNumber: `${other.queryNumber.slice(0, 10)}${String(i).padStart(2, "0")}`,
          idNumber: other.idNumber,
          phone: other.phone,
          code: "123456",
          ip,
          now,
          minDurationMs: 0,
        }).then(
          () => "ok",
          (e: { code?: string }) => e.code,
        ),
      );
    }
    expect(byIp.at(-1)).toBe("CASE_QUERY_LOCKED");
    expect(byIp.slice(0, -1).every((o) => o === "CASE_QUERY_MISMATCH")).toBe(true);
  });

  it("is for real-name verified citizens only", async () => {
    const c = await newCase();
    const p = await newPerson(c.id);
    const input = { queryNumber: p.queryNumber, idNumber: p.idNumber, phone: p.phone };
    const unverified = await insertTestUser(db, { roles: ["citizen"], phone: testPhone(), password: "Demo@2026x" });
    const u = caller({ id: unverified.id, name: unverified.name, roles: ["citizen"], orgUnitId: null });
    expect(await refusal(u.cases.requestQueryCode(input))).toMatchObject({ domainCode: "REAL_NAME_REQUIRED" });
    expect(await refusal(u.cases.query({ ...input, code: "123456" }))).toMatchObject({
      domainCode: "REAL_NAME_REQUIRED",
    });
    const [attempt] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "cases.queried"), eq(auditLog.actorId, unverified.id)));
    expect(attempt).toMatchObject({
      outcome: "denied",
      details: expect.objectContaining({ refused: "REAL_NAME_REQUIRED" }),
    });
    for (const key of ["stationOfficer", "countyApprover", "insurer", "admin"] as const) {
      expect(await refusal(as(key).cases.requestQueryCode(input)), key).toMatchObject({ code: "FORBIDDEN" });
      expect(await refusal(as(key).cases.query({ ...input, code: "123456" })), key).toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await refusal(caller(null).cases.query({ ...input, code: "123456" }))).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("shows the seeded demo case to the demo citizen with the README's query number", async () => {
    const citizen = demoAccount("citizen");
    const code = await issueTestCaseCode(db, citizen.login);
    const result = await as("citizen").cases.query({
      queryNumber: demoCase.queryNumber,
      idNumber: citizen.idNumber ?? "",
      phone: citizen.login,
      code,
    });
    expect(result.title).toBe(demoCase.title);
    expect(result.nodes.map((n) => n.kind)).toEqual(["accepted", "filed"]);
    const [latest] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "cases.queried"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(latest?.outcome).toBe("ok");
  });
});
