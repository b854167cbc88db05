import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  auditLog,
  bailDeposits,
  detentions,
  guardCertificates,
  internetFilings,
  orgUnits,
  policeCards,
  trafficSeizures,
} from "@/db/schema";
import { officerRoles } from "@/server/accounts/session-user";
import { demoSessionUser, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { makeIdNumber } from "@/server/population/id-number";
import type { QueryOutcome } from "@/server/queries/run-query";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoPoliceNumber, publicQueryDemo } from "@/server/seed/public-query-registers";
import { appRouter } from "@/server/routers/_app";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { callTrpcHttp } from "@/test/call-trpc-http";
import { createTestDb } from "@/test/db";
import { latestSmsCode } from "@/test/sms-code";
import { refusal } from "@/test/refusal";

/**
 * The register desk end to end: desk officers add, correct and change the status of records in the registers
 * the queries answer from, every write audited; the query then answers from the change. Another city's
 * officer reaches none of it, a citizen not the desk at all, and bad input changes nothing.
 */
let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let luoyang: Awaited<ReturnType<typeof insertTestUser>>;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  luoyang = await insertTestUser(db, {
    roles: [...officerRoles],
    name: "洛阳登记簿民警",
    password: "Walk@2026x",
    orgUnitCode: "410300",
  });
});
afterAll(async () => h?.close());

const today = chinaToday();
let ipSerial = 0;

/** A query as a visitor (null) or a demo citizen asks it, from an address of its own (public queries are rate-limited). */
async function ask(who: DemoAccountKey | null, code: string, input: Record<string, string>) {
  const outcome: QueryOutcome = await (
    await callerAsDemo(db, who, { ip: `198.51.100.${++ipSerial}` })
  ).queries.run({ code, input });
  if (outcome.kind !== "result") throw new Error(`${code}: expected a result, got ${outcome.kind}`);
  return outcome.view.records;
}

let confirmed: Awaited<ReturnType<typeof callerAsDemo>> | undefined;

/**
 * The demo citizen, having confirmed the SMS code a sensitive query asks for: once, as a code covers the
 * citizen's sensitive queries for some minutes (and a second code within a minute would be refused).
 */
async function confirmedCitizen(code: string) {
  if (confirmed) return confirmed;
  const caller = await callerAsDemo(db, "citizen", { ip: "198.51.100.250" });
  await caller.queries.sendConfirmCode({ code });
  const smsCode = await latestSmsCode(db, demoAccount("citizen").login, "query_confirm_code");
  await caller.queries.confirm({ code, smsCode });
  confirmed = caller;
  return caller;
}

const auditFor = (targetId: string) =>
  db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id);

const unitId = async (code: string) =>
  (await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code)))[0]!.id;

/** A filing as the edit form sends it: the fixed filing number is not among the editable fields. */
function edit(id: string, changes: Record<string, string> = {}) {
  const { filingNumber: _fixed, ...editable } = filing("");
  return { ...editable, id, ...changes };
}

const filing = (filingNumber: string) => ({
  register: "internet_filings" as const,
  filingNumber,
  siteName: "绿城书店",
  domain: "https://www.LvchengBooks.example.com/about",
  entityName: "郑州绿城书店有限公司",
  entityType: "enterprise",
  filedOn: addDays(today, -3),
});

describe("internet filings (WA011)", () => {
  it("a cyber desk officer files a site, corrects it and cancels it; the public query follows each step", async () => {
    const desk = await callerAsDemo(db, "cyberDeskOfficer");
    const { id } = await desk.registers.create(filing("41010599000001"));
    const [row] = await db.select().from(internetFilings).where(eq(internetFilings.id, id));
    expect(row).toMatchObject({
      domain: "lvchengbooks.example.com",
      status: "active",
      orgUnitId: await unitId("41010093"),
    });

    const [found] = await ask(null, "WA011", { query: "豫公网安备41010599000001号" });
    expect(found).toMatchObject({ title: "绿城书店", state: { label: "备案有效" } });

    await desk.registers.update(edit(id, { siteName: "绿城书店网上商城" }));
    expect((await ask(null, "WA011", { query: "lvchengbooks.example.com" }))[0]?.title).toBe("绿城书店网上商城");

    await desk.registers.setStatus({ register: "internet_filings", id, status: "cancelled" });
    expect((await ask(null, "WA011", { query: "41010599000001" }))[0]?.state?.label).toBe("备案已注销");

    const entries = await auditFor(id);
    expect(entries.map((e) => e.action)).toEqual(["register.create", "register.update", "register.status"]);
    expect(entries[1]?.details).toMatchObject({ register: "internet_filings", fields: ["siteName"] });
    expect(entries[2]?.details).toMatchObject({ from: "active", to: "cancelled" });
    expect(entries[0]?.actorId).toBeTruthy();
  });

  it("refuses bad input with the field named, a taken number and an illegal move, changing nothing", async () => {
    const desk = await callerAsDemo(db, "cyberDeskOfficer");
    const [before] = await db.select({ n: count() }).from(internetFilings);
    const [auditBefore] = await db.select({ n: count() }).from(auditLog);

    const user = await demoSessionUser(db, "cyberDeskOfficer");
    for (const [cookie, words] of [
      ["", "14 位数字"],
      ["NEXT_LOCALE=en", "14 digits"],
    ] as const) {
      const input = filing("4101059900000X");
      const answer = await callTrpcHttp(appRouter, "registers.create", { db, user, input, mutation: true, cookie });
      expect(answer.status).toBe(400);
      expect(answer.error?.data.fieldErrors).toMatchObject({ filingNumber: [expect.stringContaining(words)] });
    }
    const badDay = await refusal(desk.registers.create({ ...filing("41010599000002"), filedOn: "2999-01-01" }));
    expect(badDay.code).toBe("BAD_REQUEST");
    const stranger = await refusal(desk.registers.create({ ...filing("41010599000002"), owner: "x" }));
    expect(stranger.code).toBe("BAD_REQUEST");
    const taken = await refusal(desk.registers.create(filing("41010502000123")));
    expect(taken).toMatchObject({ code: "CONFLICT", domainCode: "REGISTER_ENTRY_EXISTS" });
    expect(taken.fields.filingNumber).toBe("registers.entryExists");
    // A station keeps no internet filings: the cyber desk of the same city, chosen by a station officer, is not theirs.
    const station = await callerAsDemo(db, "countyApprover");
    const wrongKeeper = await refusal(station.registers.create(filing("41010599000003")));
    expect(wrongKeeper.fields.orgUnitId).toBe("registers.keeperInvalid");

    const [after] = await db.select({ n: count() }).from(internetFilings);
    const [auditAfter] = await db.select({ n: count() }).from(auditLog);
    expect(after!.n).toBe(before!.n);
    expect(auditAfter!.n).toBe(auditBefore!.n);

    const [seeded] = await db.select().from(internetFilings).where(eq(internetFilings.filingNumber, "41010502000123"));
    const badEdit = await refusal(desk.registers.update(edit(seeded!.id, { domain: "not a host" })));
    expect(badEdit.code).toBe("BAD_REQUEST");
    const illegal = await refusal(
      desk.registers.setStatus({ register: "internet_filings", id: seeded!.id, status: "active" }),
    );
    expect(illegal.domainCode).toBe("REGISTER_ILLEGAL_TRANSITION");
    const [unchanged] = await db.select().from(internetFilings).where(eq(internetFilings.id, seeded!.id));
    expect(unchanged).toEqual(seeded);
  });
});

describe("police cards (ZH012)", () => {
  it("a station chief reports an officer's card lost, and the public check answers 'not valid'", async () => {
    const chief = await callerAsDemo(db, "stationSupervisor");
    const policeNumber = demoPoliceNumber(demoAccount("stationOfficer").login);
    const input = { policeNumber, name: demoAccount("stationOfficer").name };
    expect((await ask(null, "ZH012", input))[0]?.state?.label).toBe("证件有效");
    const { rows } = await chief.registers.list({ register: "police_cards", search: policeNumber });
    expect(rows).toHaveLength(1);
    await chief.registers.setStatus({ register: "police_cards", id: rows[0]!.id, status: "reported_lost" });
    expect((await ask(null, "ZH012", input))[0]?.state?.label).toBe("未查到有效证件");
    const [card] = await db.select().from(policeCards).where(eq(policeCards.policeNumber, policeNumber));
    expect(card?.status).toBe("reported_lost");
  });

  it("records a new card of the station and corrects its holder's name", async () => {
    const chief = await callerAsDemo(db, "stationSupervisor");
    const { id } = await chief.registers.create({
      register: "police_cards",
      policeNumber: "105888",
      name: "王小明",
      issuedOn: addDays(today, -30),
    });
    expect((await ask(null, "ZH012", { policeNumber: "105888", name: "王小明" }))[0]?.state?.label).toBe("证件有效");
    await chief.registers.update({ register: "police_cards", id, name: "王晓明", issuedOn: addDays(today, -30) });
    expect((await ask(null, "ZH012", { policeNumber: "105888", name: "王晓明" }))[0]?.state?.label).toBe("证件有效");
    expect((await auditFor(id)).map((e) => e.action)).toEqual(["register.create", "register.update"]);
  });
});

describe("guard certificates (ZA043)", () => {
  const holderIdNumber = makeIdNumber("410105", "1988-03-14", "271");

  it("the public order division issues and revokes a certificate, its holder masked at the desk", async () => {
    const desk = await callerAsDemo(db, "publicOrderDeskOfficer");
    const { id } = await desk.registers.create({
      register: "guard_certificates",
      certificateNumber: "41012026000888",
      holderName: "陈立新",
      holderId: holderIdNumber,
      issuedOn: addDays(today, -10),
      validUntil: "",
      employer: "河南中原保安服务有限公司",
    });
    const [row] = await db.select().from(guardCertificates).where(eq(guardCertificates.id, id));
    expect(row).toMatchObject({ holderIdHash: hashPii("id", holderIdNumber), validUntil: null, status: "valid" });
    expect(row!.holderIdEnc).not.toContain(holderIdNumber);
    const [entry] = await auditFor(id);
    expect(entry).toMatchObject({ action: "register.create", subjectIdHash: hashPii("id", holderIdNumber) });
    expect(JSON.stringify(entry?.details)).not.toContain(holderIdNumber);

    const check = { certificateNumber: "41012026000888", holderName: "陈立新" };
    expect((await ask(null, "ZA043", check))[0]?.state?.label).toBe("有效");

    const shown = await desk.registers.get({ register: "guard_certificates", id });
    expect(shown.masked.holderId).toBe(`410105********${holderIdNumber.slice(-4)}`);
    expect(JSON.stringify(shown)).not.toContain(holderIdNumber);
    // Reading the holder's record is audited under the holder, without the number.
    const viewed = (await auditFor(id)).filter((e) => e.action === "register.viewed");
    expect(viewed).toHaveLength(1);
    expect(viewed[0]).toMatchObject({ subjectIdHash: hashPii("id", holderIdNumber), targetType: "guard_certificates" });
    expect(JSON.stringify(viewed[0]?.details)).not.toContain(holderIdNumber);
    const bySearch = await desk.registers.list({ register: "guard_certificates", search: holderIdNumber });
    expect(bySearch.rows.map((r) => r.id)).toEqual([id]);
    // A list showing the holder is a read of the holder's data too.
    const listed = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "register.list_viewed"), eq(auditLog.subjectIdHash, hashPii("id", holderIdNumber))),
      );
    expect(listed).toHaveLength(1);
    // The desk's page searches by the person's key, so the number stays out of its address.
    const { person } = await desk.registers.personKey({ idNumber: holderIdNumber });
    expect(person).toBe(hashPii("id", holderIdNumber));
    const byPerson = await desk.registers.list({ register: "guard_certificates", person });
    expect(byPerson.rows.map((r) => r.id)).toEqual([id]);
    const nobody = await desk.registers.list({ register: "guard_certificates", person: hashPii("id", "not a number") });
    expect(nobody.rows).toEqual([]);
    expect((await refusal(desk.registers.personKey({ idNumber: "12345" }))).code).toBe("BAD_REQUEST");

    // An edit that leaves the ID number empty keeps it.
    await desk.registers.update({
      register: "guard_certificates",
      id,
      holderName: "陈立新",
      holderId: "",
      issuedOn: addDays(today, -10),
      validUntil: addDays(today, 700),
      employer: "郑州安泰保安有限公司",
    });
    const [edited] = await db.select().from(guardCertificates).where(eq(guardCertificates.id, id));
    expect(edited).toMatchObject({ holderIdHash: hashPii("id", holderIdNumber), employer: "郑州安泰保安有限公司" });

    await desk.registers.setStatus({ register: "guard_certificates", id, status: "revoked" });
    const [revoked] = await ask(null, "ZA043", check);
    expect(revoked?.state?.label).toBe("已吊销");
    expect(revoked?.state?.meaning).toContain(today);
  });
});

describe("bail deposits (JS012)", () => {
  it("the station records a deposit, ends the bail and refunds it; the depositor's query shows each day", async () => {
    const station = await callerAsDemo(db, "stationOfficer");
    const citizen = demoAccount("citizen");
    const { id } = await station.registers.create({
      register: "bail_deposits",
      receiptNumber: "bzj4101052026000901",
      depositorName: citizen.name,
      depositorId: citizen.idNumber!,
      amount: "20000",
      paidOn: addDays(today, -60),
      bailFrom: addDays(today, -60),
      bank: "中国工商银行郑州花园路支行（保证金专户）",
    });
    const [row] = await db.select().from(bailDeposits).where(eq(bailDeposits.id, id));
    expect(row).toMatchObject({ receiptNumber: "BZJ4101052026000901", amountFen: 2_000_000, status: "held" });

    const noDecision = await refusal(
      station.registers.setStatus({ register: "bail_deposits", id, status: "forfeited" }),
    );
    expect(noDecision.fields.note).toBe("registers.notes.forfeitDecision");
    await station.registers.setStatus({ register: "bail_deposits", id, status: "refund_due" });
    await station.registers.setStatus({ register: "bail_deposits", id, status: "refunded" });
    const [refunded] = await db.select().from(bailDeposits).where(eq(bailDeposits.id, id));
    expect(refunded).toMatchObject({
      status: "refunded",
      bailEndedOn: today,
      refundedOn: today,
      forfeitDecision: null,
    });
    const again = await refusal(
      station.registers.setStatus({
        register: "bail_deposits",
        id,
        status: "forfeited",
        note: "金公（没）决字〔2026〕1号",
      }),
    );
    expect(again.domainCode).toBe("REGISTER_ILLEGAL_TRANSITION");

    const caller = await confirmedCitizen("JS012");
    const outcome = await caller.queries.run({ code: "JS012", input: {} });
    if (outcome.kind !== "result") throw new Error("expected a result");
    const record = outcome.view.records.find((r) => r.subtitle?.includes("BZJ4101052026000901"));
    expect(record?.state?.label).toBe("已退还");
    expect(record?.title).toContain("20000.00");
    expect(record?.fields.some((f) => f.value === today)).toBe(true);
  });
});

describe("detentions (JS011)", () => {
  it("the county bureau records a release, which the notified family then reads; detentions are not added here", async () => {
    const county = await callerAsDemo(db, "countyApprover");
    const { rows } = await county.registers.list({ register: "detentions", search: publicQueryDemo.detentionNotice });
    expect(rows).toHaveLength(1);
    const refusedAdd = await refusal(
      county.registers.create({ register: "detentions", noticeNumber: "金公(刑)拘通字〔2026〕0999号" }),
    );
    expect(refusedAdd.code).toBe("BAD_REQUEST");
    await county.registers.setStatus({ register: "detentions", id: rows[0]!.id, status: "released" });
    const [row] = await db.select().from(detentions).where(eq(detentions.id, rows[0]!.id));
    expect(row).toMatchObject({ status: "released", endedOn: today });
    const caller = await confirmedCitizen("JS011");
    const outcome = await caller.queries.run({ code: "JS011", input: {} });
    if (outcome.kind !== "result") throw new Error("expected a result");
    expect(outcome.view.records[0]?.state).toMatchObject({ label: "已释放", meaning: `已于 ${today} 释放。` });
  });
});

describe("traffic seizures (JJ051)", () => {
  it("a traffic officer records a held 行驶证 at the vehicle office and releases it; the party sees it released", async () => {
    const traffic = await callerAsDemo(db, "trafficOfficer");
    const citizen = demoAccount("citizen");
    const seizure = {
      register: "traffic_seizures" as const,
      party: citizen.idNumber!,
      itemKind: "vehicle_licence",
      plateNumber: "豫a·6h2k8",
      reason: "机动车未按规定检验上道路行驶（《道路交通安全法》第九十五条）",
      seizedOn: addDays(today, -2),
      collectAt: "郑州市公安局交通警察支队车辆管理所业务大厅",
      releaseConditions: "身份证、检验合格证明",
    };
    // The traffic officer sits at the city bureau, which keeps no seizures: the vehicle office does.
    expect((await refusal(traffic.registers.create(seizure))).fields.orgUnitId).toBe("registers.keeperInvalid");
    const noPlate = await refusal(
      traffic.registers.create({ ...seizure, plateNumber: "", orgUnitId: await unitId("41010091") }),
    );
    expect(noPlate.fields.plateNumber).toBe("registers.plateRequired");
    const stranger = await refusal(
      traffic.registers.create({
        ...seizure,
        party: makeIdNumber("110101", "1990-03-07", "447"),
        orgUnitId: await unitId("41010091"),
      }),
    );
    expect(stranger.fields.party).toBe("registers.personNotInRegister");

    const { id } = await traffic.registers.create({ ...seizure, orgUnitId: await unitId("41010091") });
    const [row] = await db.select().from(trafficSeizures).where(eq(trafficSeizures.id, id));
    expect(row).toMatchObject({ plateNumber: "豫A6H2K8", status: "held", releasedOn: null });
    const held = await ask("citizen", "JJ051", {});
    expect(held.find((r) => r.subtitle === "豫A6H2K8")?.state?.label).toBe("暂扣中");

    await traffic.registers.setStatus({ register: "traffic_seizures", id, status: "released" });
    const released = await ask("citizen", "JJ051", {});
    expect(released.find((r) => r.subtitle === "豫A6H2K8")?.state).toMatchObject({ label: "已退还" });
    const [after] = await db.select().from(trafficSeizures).where(eq(trafficSeizures.id, id));
    expect(after?.releasedOn).toBe(today);
    const shown = await traffic.registers.get({ register: "traffic_seizures", id });
    expect(shown.masked.party).toMatch(/^410105\*{8}\d{3}[\dX]$/);
    expect(shown.details.releasedOn).toBe(today);
  });
});

describe("jurisdiction and roles", () => {
  it("keeps Zhengzhou's records from an officer of Luoyang holding every officer role", async () => {
    const desk = await callerAsDemo(db, "cyberDeskOfficer");
    const { id } = await desk.registers.create(filing("41010599000009"));
    const elsewhere = callerAs(db, luoyang);
    expect((await refusal(elsewhere.registers.get({ register: "internet_filings", id }))).code).toBe("FORBIDDEN");
    const renamed = await refusal(elsewhere.registers.update(edit(id, { siteName: "洛阳改名" })));
    expect(renamed.code).toBe("FORBIDDEN");
    const status = await refusal(
      elsewhere.registers.setStatus({ register: "internet_filings", id, status: "cancelled" }),
    );
    expect(status.code).toBe("FORBIDDEN");
    const intoZhengzhou = await refusal(
      elsewhere.registers.create({ ...filing("41030599000001"), orgUnitId: await unitId("41010093") }),
    );
    expect(intoZhengzhou.code).toBe("FORBIDDEN");
    const list = await elsewhere.registers.list({ register: "internet_filings" });
    expect(list.rows.some((r) => r.id === id)).toBe(false);
    expect(list.rows.every((r) => r.unitName.startsWith("洛阳"))).toBe(true);
    const [row] = await db.select().from(internetFilings).where(eq(internetFilings.id, id));
    expect(row).toMatchObject({ siteName: "绿城书店", status: "active" });
  });

  it("shows each officer the registers their roles and units keep, and refuses citizens and other roles", async () => {
    const cyber = (await (await callerAsDemo(db, "cyberDeskOfficer")).registers.overview()).map((r) => r.key);
    expect(cyber).toEqual(["internet_filings", "fraud_indicators"]);
    const station = await (await callerAsDemo(db, "stationOfficer")).registers.overview();
    expect(station.map((r) => r.key)).toEqual(["community_police_areas", "detentions", "bail_deposits"]);
    expect(station[0]?.count).toBeGreaterThan(0);

    const citizen = await callerAsDemo(db, "citizen");
    expect((await refusal(citizen.registers.overview())).code).toBe("FORBIDDEN");
    expect((await refusal(citizen.registers.list({ register: "internet_filings" }))).code).toBe("FORBIDDEN");
    expect((await refusal(citizen.registers.create(filing("41010599000010")))).code).toBe("FORBIDDEN");
    const window = await callerAsDemo(db, "windowOfficer");
    expect((await refusal(window.registers.list({ register: "bail_deposits" }))).code).toBe("FORBIDDEN");
    const station2 = await callerAsDemo(db, "stationOfficer");
    expect((await refusal(station2.registers.list({ register: "police_cards" }))).code).toBe("FORBIDDEN");
  });
});
