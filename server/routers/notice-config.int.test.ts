import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, noticeObjections, notices, serviceVersions, services } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { testPhone, verifiedTestCitizen } from "@/server/cases/test-cases";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { getPublicNotice } from "@/server/notices/get-public-notice";
import { appRouter } from "@/server/routers/_app";
import { callTrpcHttp } from "@/test/call-trpc-http";
import { callerAs } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const who = {} as Record<
  | "admin"
  | "stationOfficer"
  | "stationSupervisor"
  | "vehicleDeskOfficer"
  | "publicOrderDeskOfficer"
  | "trafficOfficer"
  | "citySupervisor",
  SessionUser
>;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  for (const key of Object.keys({
    admin: 0,
    stationOfficer: 0,
    stationSupervisor: 0,
    vehicleDeskOfficer: 0,
    publicOrderDeskOfficer: 0,
    trafficOfficer: 0,
    citySupervisor: 0,
  }) as (keyof typeof who)[])
    who[key] = await demoSessionUser(db, key);
});
afterAll(async () => h?.close());

/** A title no seeded notice has, so a count by title finds exactly this test's notices. */
const uniqueTitle = (what: string) => `${what}（测试${randomUUID().slice(0, 8)}）`;

/** A draft of `days` days from today on the board, as `drafter`. */
function draft(drafter: SessionUser, serviceCode: string, title: string, days: number) {
  const today = chinaToday(new Date());
  return callerAs(db, drafter).notices.saveDraft({
    serviceCode,
    title,
    body: "正文",
    firstDay: today,
    lastDay: addDays(today, days - 1),
  });
}

const countTitled = async (title: string) =>
  (await db.select({ id: notices.id }).from(notices).where(eq(notices.title, title))).length;

async function noticeConfigOf(code: string) {
  const s = await callerAs(db, who.admin).catalogAdmin.service({ code });
  return { version: s.version, config: s.notice as Record<string, unknown> };
}

describe("who publishes on a board", () => {
  it("refuses a station officer on 车管所's board and lets them publish the station's window hours", async () => {
    const title = uniqueTitle("驾驶人满分公告");
    const refused = await refusal(draft(who.stationOfficer, "JJ072", title, 7));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.domainCode).toBe("NOTICE_PUBLISHER_NOT_ALLOWED");
    expect(await countTitled(title)).toBe(0);

    const own = uniqueTitle("花园路派出所户籍窗口办公时间");
    const { id } = await draft(who.stationOfficer, "HZ047", own, 7);
    expect(await callerAs(db, who.stationOfficer).notices.submit({ id })).toEqual({ state: "pending_approval" });

    // 车管所 itself may: its desk officer drafts on the same board.
    await draft(who.vehicleDeskOfficer, "JJ072", uniqueTitle("驾驶人满分公告"), 7);
  });

  it("offers the desk only the boards the unit publishes on, with their periods", async () => {
    const station = await callerAs(db, who.stationOfficer).notices.draftBoards({});
    expect(station.map((b) => b.code)).toEqual(["HZ047", "WA013", "ZH007", "ZH017"]);
    expect(station[0]).toMatchObject({ code: "HZ047", periodDays: { min: 1, max: 365 }, objections: true });
    const vehicle = (await callerAs(db, who.vehicleDeskOfficer).notices.draftBoards({})).map((b) => b.code);
    expect(vehicle).toEqual(["JJ043", "JJ044", "JJ069", "JJ072"]);
  });
});

describe("the period a board sets", () => {
  it("refuses a period too short or too long with the board's range, in the reader's language, writing nothing", async () => {
    const title = uniqueTitle("特种行业许可结果公示");
    const short = await refusal(draft(who.publicOrderDeskOfficer, "ZA044", title, 3));
    expect(short.code).toBe("BAD_REQUEST");
    expect(short.domainCode).toBe("NOTICE_PERIOD_OUT_OF_RANGE");
    expect(short.params).toEqual({ min: 7, max: 90, days: 3 });
    expect((await refusal(draft(who.publicOrderDeskOfficer, "ZA044", title, 91))).params).toMatchObject({ days: 91 });
    expect(await countTitled(title)).toBe(0);
    const audited = await db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.action, "notices.drafted"), eq(auditLog.actorId, who.publicOrderDeskOfficer.id)));
    expect(audited).toEqual([]);

    const today = chinaToday(new Date());
    const input = { serviceCode: "ZA044", title, body: "正文", firstDay: today, lastDay: addDays(today, 2) };
    const asked = (cookie: string) =>
      callTrpcHttp(appRouter, "notices.saveDraft", {
        db,
        user: who.publicOrderDeskOfficer,
        mutation: true,
        input,
        cookie,
      });
    const zh = await asked("");
    expect(zh.status).toBe(400);
    expect(zh.error?.message).toBe("该事项的公示期应为 7 至 90 天，当前为 3 天，请调整公示开始或截止日期。");
    expect((await asked("NEXT_LOCALE=en")).error?.message).toBe(
      "This service's notice period is 7 to 90 days; this one is 3 days. Change the first or last day.",
    );
    expect(await countTitled(title)).toBe(0);

    const { id } = await draft(who.publicOrderDeskOfficer, "ZA044", title, 7);
    expect(id).toBeTruthy();
  });

  it("holds a draft saved before the board changed to the new rules when it is sent and approved", async () => {
    const admin = callerAs(db, who.admin);
    const before = await noticeConfigOf("ZH007");
    const waiting = await draft(who.stationOfficer, "ZH007", uniqueTitle("花园路派出所服务网点信息"), 7);
    const drafted = await draft(who.stationOfficer, "ZH007", uniqueTitle("花园路派出所服务网点调整"), 7);
    await callerAs(db, who.stationOfficer).notices.submit({ id: waiting.id });

    const longer = await admin.catalogAdmin.updateNoticeConfig({
      code: "ZH007",
      expectedVersion: before.version,
      config: { ...before.config, periodDays: { min: 14, max: 365 } },
    });
    const sent = await refusal(callerAs(db, who.stationOfficer).notices.submit({ id: drafted.id }));
    expect(sent.domainCode).toBe("NOTICE_PERIOD_OUT_OF_RANGE");
    const approved = await refusal(callerAs(db, who.stationSupervisor).notices.approve({ id: waiting.id }));
    expect(approved.domainCode).toBe("NOTICE_PERIOD_OUT_OF_RANGE");

    await admin.catalogAdmin.updateNoticeConfig({
      code: "ZH007",
      expectedVersion: longer.version,
      config: { ...before.config, publishers: ["bureau"] },
    });
    const noStation = await refusal(callerAs(db, who.stationSupervisor).notices.approve({ id: waiting.id }));
    expect(noStation.domainCode).toBe("NOTICE_PUBLISHER_NOT_ALLOWED");
    const states = await db
      .select({ id: notices.id, state: notices.state })
      .from(notices)
      .where(eq(notices.serviceId, (await db.select().from(services).where(eq(services.code, "ZH007")))[0]!.id));
    expect(states.find((n) => n.id === waiting.id)?.state).toBe("pending_approval");
    expect(states.find((n) => n.id === drafted.id)?.state).toBe("draft");
  });
});

describe("objections a board takes", () => {
  it("refuses an objection on a board without objections and shows no objection link there", async () => {
    const citizen = await verifiedTestCitizen(db);
    const { id } = await draft(who.trafficOfficer, "AJ011", uniqueTitle("悬赏通告"), 30);
    await callerAs(db, who.trafficOfficer).notices.submit({ id });
    await callerAs(db, who.citySupervisor).notices.approve({ id });

    const refused = await refusal(
      callerAs(db, citizen).notices.object({ noticeId: id, contactPhone: testPhone(), body: "有异议" }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.domainCode).toBe("NOTICE_OBJECTIONS_NOT_TAKEN");
    expect(await db.select().from(noticeObjections).where(eq(noticeObjections.noticeId, id))).toEqual([]);
    expect(await getPublicNotice(db, id)).toMatchObject({
      current: true,
      objectionsTaken: false,
      objectionsOpen: false,
    });

    const station = await draft(who.stationOfficer, "HZ047", uniqueTitle("户籍窗口办公时间"), 7);
    await callerAs(db, who.stationOfficer).notices.submit({ id: station.id });
    await callerAs(db, who.stationSupervisor).notices.approve({ id: station.id });
    expect(await getPublicNotice(db, station.id)).toMatchObject({ objectionsTaken: true, objectionsOpen: true });
  });
});

describe("the admin edits a board's configuration", () => {
  it("saves it as a new version with history and an audit entry, and refuses a stale or wrong-kind save", async () => {
    const admin = callerAs(db, who.admin);
    const { version, config } = await noticeConfigOf("JJ054");
    const next = { ...config, periodDays: { min: 3, max: 180 }, objections: true };
    const saved = await admin.catalogAdmin.updateNoticeConfig({
      code: "JJ054",
      expectedVersion: version,
      config: next,
    });
    expect(saved).toEqual({
      version: version + 1,
      changes: [{ field: "notice", before: config, after: next }],
    });
    expect((await noticeConfigOf("JJ054")).config).toEqual(next);
    const [history] = await db
      .select({ version: serviceVersions.version, changes: serviceVersions.changes, by: serviceVersions.changedBy })
      .from(serviceVersions)
      .innerJoin(services, eq(services.id, serviceVersions.serviceId))
      .where(eq(services.code, "JJ054"))
      .orderBy(desc(serviceVersions.version))
      .limit(1);
    expect(history).toMatchObject({ version: version + 1, by: who.admin.id });
    expect(history!.changes.map((c) => c.field)).toEqual(["notice"]);
    const [entry] = await db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "catalog.service_notice_updated"), eq(auditLog.targetId, "JJ054")));
    expect(entry?.details).toMatchObject({ version: version + 1, fields: ["notice"] });

    const same = await admin.catalogAdmin.updateNoticeConfig({
      code: "JJ054",
      expectedVersion: version + 1,
      config: next,
    });
    expect(same).toEqual({ version: version + 1, changes: [] });
    const stale = await refusal(
      admin.catalogAdmin.updateNoticeConfig({ code: "JJ054", expectedVersion: version, config }),
    );
    expect(stale.domainCode).toBe("CONFLICT");
    const handle = await refusal(admin.catalogAdmin.updateNoticeConfig({ code: "HZ001", expectedVersion: 1, config }));
    expect(handle.fields).toEqual({ code: "SERVICE_CONFIG_NOT_NOTICE" });
  });

  it("refuses a bad configuration at its paths, with a localised message, and saves nothing", async () => {
    const { version, config } = await noticeConfigOf("JJ064");
    const bad = { ...config, publishers: ["station", "station"], periodDays: { min: 30, max: 7 } };
    const refused = await refusal(
      callerAs(db, who.admin).catalogAdmin.updateNoticeConfig({ code: "JJ064", expectedVersion: version, config: bad }),
    );
    expect(refused.domainCode).toBe("BAD_INPUT");
    expect(refused.fields).toEqual({
      "publishers.1": "SERVICE_CONFIG_INVALID",
      "periodDays.max": "SERVICE_CONFIG_INVALID",
    });
    expect(await noticeConfigOf("JJ064")).toEqual({ version, config });

    const http = await callTrpcHttp(appRouter, "catalogAdmin.updateNoticeConfig", {
      db,
      user: who.admin,
      mutation: true,
      input: { code: "JJ064", expectedVersion: version, config: { ...config, publishers: [] } },
    });
    expect(http.status).toBe(400);
    expect(http.error?.data.fieldErrors).toEqual({ publishers: "此项不符合要求，请在编辑页校验后修改。" });
  });

  it("keeps a notice service without a configuration from being enabled", async () => {
    const admin = callerAs(db, who.admin);
    await db.update(services).set({ notice: null, enabled: false }).where(eq(services.code, "ZH019"));
    const { version } = await admin.catalogAdmin.service({ code: "ZH019" });
    const refused = await refusal(
      admin.catalogAdmin.setEnabled({ code: "ZH019", expectedVersion: version, enabled: true }),
    );
    expect(refused.domainCode).toBe("SERVICE_CONFIG_INCOMPLETE");
    expect((await refusal(draft(who.trafficOfficer, "ZH019", uniqueTitle("清单"), 7))).domainCode).toBe(
      "NOTICE_PUBLISHER_NOT_ALLOWED",
    );

    const configured = await admin.catalogAdmin.updateNoticeConfig({
      code: "ZH019",
      expectedVersion: version,
      config: { version: 1, publishers: ["bureau"], periodDays: { min: 1, max: 365 }, objections: false },
    });
    const enabled = await admin.catalogAdmin.setEnabled({
      code: "ZH019",
      expectedVersion: configured.version,
      enabled: true,
    });
    expect(enabled.changes.map((c) => c.field)).toEqual(["enabled"]);
  });
});
