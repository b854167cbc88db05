import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, orgUnits, reports, smsMessages } from "@/db/schema";
import { officerRoles } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { testPhone, verifiedTestCitizen } from "@/server/cases/test-cases";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { reportsPerAccountPerDay } from "@/server/reports/submit-report";
import { demoAccount } from "@/server/seed/demo-accounts";
import { callerAs, type Who } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let huayuanStationId: number;
let citizen: Who;
let stationOfficer: Who;
let luoyangOfficer: Who;

const yesterday = () => chinaToday(new Date(Date.now() - 86_400_000));
const za040 = (place: number) => ({
  happenedOn: yesterday(),
  place,
  location: "花园路88号某棋牌室",
  kind: "gambling",
  facts: "每晚九点后有人聚众赌博，进出人员较多。",
});

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const [station] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41010501"));
  huayuanStationId = station!.id;
  citizen = await demoUserRow(db, "citizen");
  stationOfficer = await demoUserRow(db, "stationOfficer");
  luoyangOfficer = await insertTestUser(db, {
    roles: [...officerRoles],
    name: "洛阳民警",
    password: "Walk@2026x",
    orgUnitCode: "410300",
  });
});
afterAll(async () => h?.close());

describe("a named report", () => {
  it("is numbered, routed to the station of the place, worked by it and answered to the reporter", async () => {
    const filed = await callerAs(db, citizen).reports.submit({
      serviceCode: "ZA040",
      answers: za040(huayuanStationId),
      anonymous: false,
    });
    expect(filed.number).toMatch(new RegExp(`^JB${chinaToday().replaceAll("-", "")}\\d{6}$`));
    expect(filed.unitName).toBe("花园路派出所");
    expect(filed.followUpToken).toBeNull();
    expect(filed.dueAt.getTime()).toBeGreaterThan(Date.now() + 14 * 86_400_000);

    const [row] = await db.select().from(reports).where(eq(reports.id, filed.id));
    expect(row).toMatchObject({
      reporterId: citizen!.id,
      anonymous: false,
      state: "received",
      followUpTokenHash: null,
    });
    const phoneHash = hashPii("phone", demoAccount("citizen").login);
    const texts = await db
      .select({ template: smsMessages.template })
      .from(smsMessages)
      .where(and(eq(smsMessages.phoneHash, phoneHash), eq(smsMessages.idempotencyKey, `report:${filed.id}:submitted`)));
    expect(texts).toEqual([{ template: "report_submitted" }]);

    const mine = await callerAs(db, citizen).reports.mine();
    expect(mine.map((r) => r.number)).toContain(filed.number);

    const officer = callerAs(db, stationOfficer);
    expect((await officer.reports.queue({ view: "open" })).map((r) => r.id)).toContain(filed.id);
    const detail = await officer.reports.detail({ id: filed.id });
    expect(detail.reporter).toEqual({ anonymous: false, name: "张*", phone: "138****8000" });
    expect(detail.answers.find((a) => a.key === "kind")?.value).toBe("赌博");
    const [viewed] = await db
      .select({ subject: auditLog.subjectIdHash, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "reports.viewed"), eq(auditLog.targetId, filed.id)));
    expect(viewed).toEqual({ subject: hashPii("id", demoAccount("citizen").idNumber!), actorId: stationOfficer!.id });
    expect(await officer.reports.revealReporter({ id: filed.id })).toEqual({
      name: demoAccount("citizen").name,
      phone: demoAccount("citizen").login,
    });

    expect(await officer.reports.accept({ id: filed.id })).toEqual({ state: "handling" });
    expect((await refusal(officer.reports.accept({ id: filed.id }))).reason).toBe("REPORT_WRONG_STATE");
    expect(await officer.reports.reply({ id: filed.id, body: "已安排民警核查，请保持电话畅通。" })).toEqual({
      state: "replied",
    });
    const replied = await db
      .select({ template: smsMessages.template })
      .from(smsMessages)
      .where(eq(smsMessages.phoneHash, phoneHash))
      .orderBy(desc(smsMessages.createdAt))
      .limit(1);
    expect(replied).toEqual([{ template: "report_replied" }]);

    const mineNow = await callerAs(db, citizen).reports.get({ id: filed.id });
    expect(mineNow.state).toBe("replied");
    expect(mineNow.replies).toEqual([
      expect.objectContaining({ author: "officer", body: "已安排民警核查，请保持电话畅通。" }),
    ]);

    await callerAs(db, citizen).reports.followUp({ id: filed.id, body: "今晚还在。" });
    expect((await callerAs(db, citizen).reports.get({ id: filed.id })).state).toBe("handling");

    expect(await officer.reports.close({ id: filed.id, result: "经核查属实，已依法查处。" })).toEqual({
      state: "closed",
    });
    const closed = await callerAs(db, citizen).reports.get({ id: filed.id });
    expect(closed).toMatchObject({ state: "closed", result: "经核查属实，已依法查处。" });
    expect((await refusal(officer.reports.reply({ id: filed.id, body: "再答复" }))).reason).toBe("REPORT_WRONG_STATE");
    expect((await refusal(callerAs(db, citizen).reports.followUp({ id: filed.id, body: "再补充" }))).reason).toBe(
      "REPORT_WRONG_STATE",
    );
  });

  it("is out of reach of an officer of another city and of another citizen", async () => {
    const filed = await callerAs(db, citizen).reports.submit({
      serviceCode: "ZA040",
      answers: za040(huayuanStationId),
      anonymous: false,
    });
    const outsider = callerAs(db, luoyangOfficer);
    expect((await outsider.reports.queue({ view: "open" })).map((r) => r.id)).not.toContain(filed.id);
    expect((await refusal(outsider.reports.detail({ id: filed.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(outsider.reports.reply({ id: filed.id, body: "越权" }))).code).toBe("FORBIDDEN");
    const other = callerAs(db, await verifiedTestCitizen(db));
    expect((await refusal(other.reports.get({ id: filed.id }))).code).toBe("NOT_FOUND");
    expect(await other.reports.mine()).toEqual([]);
  });

  it("needs a real-name verified account and a complete form, and changes nothing otherwise", async () => {
    const unverified = await insertTestUser(db, { roles: ["citizen"], phone: testPhone(), password: "Demo@2026x" });
    const before = await db.$count(reports);
    expect(
      (
        await refusal(
          callerAs(db, unverified).reports.submit({
            serviceCode: "ZA040",
            answers: za040(huayuanStationId),
            anonymous: false,
          }),
        )
      ).reason,
    ).toBe("REAL_NAME_REQUIRED");
    const incomplete = await refusal(
      callerAs(db, citizen).reports.submit({
        serviceCode: "ZA040",
        answers: { ...za040(huayuanStationId), facts: " " },
        anonymous: false,
      }),
    );
    expect(incomplete).toMatchObject({ code: "BAD_REQUEST", fields: { facts: "form.required" } });
    expect(
      (await refusal(callerAs(db, citizen).reports.submit({ serviceCode: "HZ001", answers: {}, anonymous: false })))
        .reason,
    ).toBe("SERVICE_UNAVAILABLE");
    expect(await db.$count(reports)).toBe(before);
  });
});

describe("an anonymous report", () => {
  it("keeps no link to the account, and its token alone reads the replies and adds to it", async () => {
    const reporter = await verifiedTestCitizen(db);
    const filed = await callerAs(db, reporter).reports.submit({
      serviceCode: "ZA040",
      answers: za040(huayuanStationId),
      anonymous: true,
    });
    expect(filed.followUpToken).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    const [row] = await db.select().from(reports).where(eq(reports.id, filed.id));
    expect(row).toMatchObject({ reporterId: null, anonymous: true });
    const trail = await db
      .select({ actorId: auditLog.actorId, ip: auditLog.ip })
      .from(auditLog)
      .where(eq(auditLog.targetId, filed.id));
    expect(trail).toEqual([{ actorId: null, ip: null }]);
    expect(await callerAs(db, reporter).reports.mine()).toEqual([]);

    const officer = callerAs(db, stationOfficer);
    expect((await officer.reports.detail({ id: filed.id })).reporter).toEqual({ anonymous: true });
    expect((await refusal(officer.reports.revealReporter({ id: filed.id }))).code).toBe("NOT_FOUND");
    await officer.reports.reply({ id: filed.id, body: "感谢举报，我们将依法核查。" });

    const visitor = callerAs(db, null);
    const seen = await visitor.reports.getByToken({ token: filed.followUpToken!.toLowerCase() });
    expect(seen.replies.map((r) => r.body)).toEqual(["感谢举报，我们将依法核查。"]);
    await visitor.reports.followUpByToken({ token: filed.followUpToken!, body: "地址是二楼。" });
    expect((await visitor.reports.getByToken({ token: filed.followUpToken! })).state).toBe("handling");
    expect((await refusal(visitor.reports.getByToken({ token: "ABCD-EFGH-JKMN-PQRS-TVWX" }))).code).toBe("NOT_FOUND");
  });

  it("is refused where the law wants a name: a complaint against an officer", async () => {
    const refused = await refusal(
      callerAs(db, citizen).reports.submit({
        serviceCode: "ZH002",
        answers: {
          happenedOn: yesterday(),
          place: huayuanStationId,
          location: "花园路派出所户籍窗口",
          facts: "办事时态度恶劣。",
        },
        anonymous: true,
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("filing", () => {
  it("is limited per account and day, anonymous reports counted too", async () => {
    const reporter = callerAs(db, await verifiedTestCitizen(db));
    for (let i = 0; i < reportsPerAccountPerDay; i++) {
      await reporter.reports.submit({ serviceCode: "ZA040", answers: za040(huayuanStationId), anonymous: i % 2 === 0 });
    }
    const before = await db.$count(reports);
    const refused = await refusal(
      reporter.reports.submit({ serviceCode: "ZA040", answers: za040(huayuanStationId), anonymous: true }),
    );
    expect(refused.reason).toBe("RATE_LIMITED");
    expect(await db.$count(reports)).toBe(before);
  });
});

describe("a report for a city desk", () => {
  it("goes to the desk of the place's city, whose officers see it and the station's do not", async () => {
    const [city] = await db.select().from(orgUnits).where(eq(orgUnits.code, "410100"));
    const [existing] = await db
      .select()
      .from(orgUnits)
      .where(and(eq(orgUnits.unitType, "cyber"), eq(orgUnits.parentId, city!.id)));
    const desk =
      existing ??
      (
        await db
          .insert(orgUnits)
          .values({
            code: "410100WA",
            name: "郑州市公安局网络安全保卫支队",
            level: "desk",
            unitType: "cyber",
            parentId: city!.id,
            path: `${city!.path}410100WA/`,
          })
          .returning()
      )[0]!;
    const deskOfficer = await insertTestUser(db, {
      roles: ["station_officer"],
      name: "网安民警",
      password: "Walk@2026x",
      orgUnitCode: desk.code,
    });
    const filed = await callerAs(db, citizen).reports.submit({
      serviceCode: "WA005",
      answers: {
        happenedOn: yesterday(),
        place: huayuanStationId,
        website: "http://example.invalid",
        kind: "fraud",
        facts: "冒充客服诱导转账。",
      },
      anonymous: false,
    });
    expect(filed.unitName).toBe(desk.name);
    expect((await callerAs(db, deskOfficer).reports.queue({ view: "open" })).map((r) => r.id)).toContain(filed.id);
    expect((await refusal(callerAs(db, stationOfficer).reports.detail({ id: filed.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(db, luoyangOfficer).reports.detail({ id: filed.id }))).code).toBe("FORBIDDEN");
  });
});

describe("the filing form", () => {
  it("is public, with the banner on 网上报警 and anonymity where allowed", async () => {
    const visitor = callerAs(db, null);
    expect(await visitor.reports.form({ code: "AJ002" })).toMatchObject({
      emergencyBanner: true,
      anonymousAllowed: false,
    });
    expect(await visitor.reports.form({ code: "ZA040" })).toMatchObject({
      emergencyBanner: false,
      anonymousAllowed: true,
    });
  });
});
