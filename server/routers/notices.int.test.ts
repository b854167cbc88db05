import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { Window } from "happy-dom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, notices, smsMessages } from "@/db/schema";
import { officerRoles } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { testPhone, verifiedTestCitizen } from "@/server/cases/test-cases";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { expireNotices } from "@/server/notices/expire-notices";
import { listPublicNotices } from "@/server/notices/list-public-notices";
import { noticeFeedResponse } from "@/server/notices/notice-feed-response";
import { submitObjection } from "@/server/notices/submit-objection";
import { callerAs, type Who } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let drafter: Who;
let supervisor: Who;
let neighbourSupervisor: Who;
let luoyangOfficer: Who;

/** A title no seeded notice has, so searches find exactly this test's notices. */
const uniqueTitle = (what: string) => `${what}（测试${randomUUID().slice(0, 8)}）`;

/** Drafts (as the station officer) and approves (as the station chief) a notice of HZ047 at 花园路派出所. */
async function publishedNotice(p: { title: string; fromToday: number; days: number }) {
  const today = chinaToday(new Date());
  const { id } = await callerAs(db, drafter).notices.saveDraft({
    serviceCode: "HZ047",
    title: p.title,
    body: "花园路派出所户籍窗口自下周一起调整办公时间：工作日 8:30—17:30，周六上午 9:00—12:00。",
    firstDay: addDays(today, p.fromToday),
    lastDay: addDays(today, p.fromToday + p.days - 1),
  });
  await callerAs(db, drafter).notices.submit({ id });
  await callerAs(db, supervisor).notices.approve({ id });
  const [row] = await db.select().from(notices).where(eq(notices.id, id));
  return row!;
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  drafter = await demoUserRow(db, "stationOfficer");
  supervisor = await demoUserRow(db, "stationSupervisor");
  neighbourSupervisor = await insertTestUser(db, {
    roles: ["supervisor"],
    name: "经八路所长",
    password: "Walk@2026x",
    orgUnitCode: "41010502",
  });
  luoyangOfficer = await insertTestUser(db, {
    roles: [...officerRoles],
    name: "洛阳民警",
    password: "Walk@2026x",
    orgUnitCode: "410300",
  });
});
afterAll(async () => h?.close());

describe("a notice's life", () => {
  it("goes draft → pending approval → published → expired → archived, each step audited", async () => {
    const title = uniqueTitle("户籍窗口办公时间调整公告");
    const officer = callerAs(db, drafter);
    const today = chinaToday(new Date());
    const { id } = await officer.notices.saveDraft({
      serviceCode: "HZ047",
      title,
      body: "草稿",
      firstDay: today,
      lastDay: addDays(today, 6),
    });
    await officer.notices.saveDraft({
      id,
      serviceCode: "HZ047",
      title,
      body: "调整后的办公时间见正文。",
      firstDay: today,
      lastDay: addDays(today, 6),
    });
    expect((await officer.notices.desk({ view: "drafts" })).map((n) => n.id)).toContain(id);
    expect(await officer.notices.submit({ id })).toEqual({ state: "pending_approval" });
    const chief = callerAs(db, supervisor);
    expect((await chief.notices.desk({ view: "pending" })).map((n) => n.id)).toContain(id);
    expect(await chief.notices.approve({ id })).toEqual({ state: "published" });

    const [published] = await db.select().from(notices).where(eq(notices.id, id));
    expect(published).toMatchObject({ state: "published", approvedBy: supervisor!.id, draftedBy: drafter!.id });
    const during = new Date(published!.periodStart.getTime() + 3_600_000);
    expect((await listPublicNotices(db, { view: "current", q: title }, during)).items.map((n) => n.id)).toEqual([id]);

    // The period ends: the nightly pass marks it expired, the archive shows it, the desk archives it.
    const after = new Date(published!.periodEnd.getTime() + 60_000);
    expect((await expireNotices(db, after)).expired).toBeGreaterThanOrEqual(1);
    expect((await db.select().from(notices).where(eq(notices.id, id)))[0]!.state).toBe("expired");
    expect(await chief.notices.archive({ id })).toEqual({ state: "archived" });
    const archive = await listPublicNotices(db, { view: "archive", q: title }, after);
    expect(archive.items.map((n) => n.id)).toEqual([id]);
    expect((await listPublicNotices(db, { view: "current", q: title }, after)).items).toEqual([]);

    const audited = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "notice"), eq(auditLog.targetId, id)));
    expect(audited.map((a) => a.action).sort()).toEqual(
      ["notices.approved", "notices.archived", "notices.drafted", "notices.edited", "notices.submitted"].sort(),
    );
  });

  it("refuses approval to the drafter, to an officer who is no supervisor and to another unit's supervisor", async () => {
    const today = chinaToday(new Date());
    const draft = (who: Who) =>
      callerAs(db, who).notices.saveDraft({
        serviceCode: "HZ047",
        title: uniqueTitle("户籍窗口地址公告"),
        body: "正文",
        firstDay: today,
        lastDay: addDays(today, 3),
      });
    const own = await draft(supervisor);
    await callerAs(db, supervisor).notices.submit({ id: own.id });
    expect((await refusal(callerAs(db, supervisor).notices.approve({ id: own.id }))).domainCode).toBe(
      "NOTICE_SELF_APPROVAL",
    );

    const other = await draft(drafter);
    await callerAs(db, drafter).notices.submit({ id: other.id });
    expect((await refusal(callerAs(db, drafter).notices.approve({ id: other.id }))).domainCode).toBe(
      "NOTICE_NOT_APPROVER",
    );
    const neighbour = await refusal(callerAs(db, neighbourSupervisor).notices.approve({ id: other.id }));
    expect(neighbour.domainCode).toBe("OUT_OF_JURISDICTION");
    expect((await db.select().from(notices).where(eq(notices.id, other.id)))[0]!.state).toBe("pending_approval");
  });

  it("publishes only through approval and never edits a published notice: it is withdrawn with a reason", async () => {
    const today = chinaToday(new Date());
    const officer = callerAs(db, drafter);
    const { id } = await officer.notices.saveDraft({
      serviceCode: "HZ047",
      title: uniqueTitle("公告"),
      body: "正文",
      firstDay: today,
      lastDay: addDays(today, 3),
    });
    expect((await refusal(callerAs(db, supervisor).notices.approve({ id }))).domainCode).toBe("NOTICE_WRONG_STATE");
    await officer.notices.submit({ id });
    await callerAs(db, supervisor).notices.approve({ id });
    const edit = await refusal(
      officer.notices.saveDraft({
        id,
        serviceCode: "HZ047",
        title: "改过的标题",
        body: "改过的正文",
        firstDay: today,
        lastDay: addDays(today, 3),
      }),
    );
    expect(edit.domainCode).toBe("NOTICE_NOT_EDITABLE");
    expect(await officer.notices.withdraw({ id, reason: "办公时间有误，重新发布" })).toEqual({ state: "withdrawn" });
    const [entry] = await db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "notices.withdrawn")));
    expect(entry?.details).toMatchObject({ reason: "办公时间有误，重新发布" });
    expect(await callerAs(db, null).notices.board({ view: "current", q: "办公时间有误" })).toMatchObject({ total: 0 });
    expect((await refusal(callerAs(db, null).notices.get({ id }))).code).toBe("NOT_FOUND");
  });

  it("refuses a period that ends before it starts", async () => {
    const today = chinaToday(new Date());
    const bad = await refusal(
      callerAs(db, drafter).notices.saveDraft({
        serviceCode: "HZ047",
        title: "公告",
        body: "正文",
        firstDay: addDays(today, 5),
        lastDay: addDays(today, 1),
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.domainCode).toBe("NOTICE_PERIOD_INVALID");
  });
});

describe("the public boards", () => {
  it("list a notice only inside its period, searchable and by city, and show it without sign-in", async () => {
    const title = uniqueTitle("下周户籍窗口暂停办理公告");
    const notice = await publishedNotice({ title, fromToday: 2, days: 5 });
    const before = new Date(notice.periodStart.getTime() - 60_000);
    const during = new Date(notice.periodStart.getTime() + 60_000);
    const lastMinute = new Date(notice.periodEnd.getTime() - 60_000);
    const atEnd = notice.periodEnd;
    const ids = async (now: Date, more: { cityCode?: string; serviceCode?: string } = {}) =>
      (await listPublicNotices(db, { view: "current", q: title, ...more }, now)).items.map((n) => n.id);
    expect(await ids(before)).toEqual([]);
    expect(await ids(during)).toEqual([notice.id]);
    expect(await ids(lastMinute)).toEqual([notice.id]);
    expect(await ids(atEnd)).toEqual([]);
    expect(await ids(during, { cityCode: "410100", serviceCode: "HZ047" })).toEqual([notice.id]);
    expect(await ids(during, { cityCode: "410300" })).toEqual([]);
    expect(await ids(during, { serviceCode: "JJ064" })).toEqual([]);

    // Not started yet: the public cannot open it either.
    expect((await refusal(callerAs(db, null).notices.get({ id: notice.id }))).code).toBe("NOT_FOUND");
  });

  it("serve an Atom feed of the current notices, per service and all, as well-formed XML", async () => {
    const title = uniqueTitle("户籍窗口 <临时> 调整 & 公告");
    const notice = await publishedNotice({ title, fromToday: 0, days: 3 });
    const now = new Date(notice.periodStart.getTime() + 60_000);
    for (const serviceCode of ["HZ047", undefined]) {
      const url = serviceCode
        ? `https://jmt.example.cn/services/${serviceCode}/notices/feed.xml`
        : "https://jmt.example.cn/notices/feed.xml";
      const response = await noticeFeedResponse(db, { serviceCode, url, now });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await response.text();
      const parsed = new new Window().DOMParser().parseFromString(xml, "application/xml");
      expect(parsed.querySelector("parsererror")).toBeNull();
      expect(parsed.documentElement.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
      const entries = [...parsed.querySelectorAll("entry")];
      const mine = entries.find((e) => e.querySelector("title")?.textContent === title);
      expect(mine?.querySelector("link")?.getAttribute("href")).toBe(`https://jmt.example.cn/notices/${notice.id}`);
      expect(mine?.querySelector("id")?.textContent).toBe(`tag:jingmin,2026:notice:${notice.id}`);
      expect(xml).toContain("&lt;临时&gt; 调整 &amp; 公告");
    }
    expect((await noticeFeedResponse(db, { serviceCode: "HZ001", url: "https://jmt.example.cn/x" })).status).toBe(404);
  });
});

describe("objections", () => {
  it("are refused outside the notice period", async () => {
    const citizen = await verifiedTestCitizen(db);
    const notice = await publishedNotice({ title: uniqueTitle("暂未开始的公告"), fromToday: 3, days: 5 });
    const early = await refusal(
      callerAs(db, citizen).notices.object({ noticeId: notice.id, contactPhone: testPhone(), body: "有异议" }),
    );
    expect(early.domainCode).toBe("NOTICE_OUTSIDE_PERIOD");
    const late = await refusal(
      submitObjection(db, {
        userId: citizen.id,
        noticeId: notice.id,
        contactPhone: testPhone(),
        body: "有异议",
        actor: { id: citizen.id, role: "citizen" },
        now: new Date(notice.periodEnd.getTime() + 1000),
      }),
    );
    expect(late.reason).toBe("NOTICE_OUTSIDE_PERIOD");
  });

  it("go to the publishing unit with a working-day due time, are answered there and reach the citizen", async () => {
    const citizen = await verifiedTestCitizen(db);
    const phone = testPhone();
    const notice = await publishedNotice({ title: uniqueTitle("特种行业许可公示"), fromToday: 0, days: 7 });
    const { id, dueAt } = await callerAs(db, citizen).notices.object({
      noticeId: notice.id,
      contactPhone: phone,
      body: "公示的营业地址与实际不符。",
    });
    expect(dueAt.getTime()).toBeGreaterThan(Date.now() + 4 * 86_400_000);

    const officer = callerAs(db, drafter);
    const queue = await officer.notices.objectionQueue({ view: "open" });
    expect(queue.map((o) => o.id)).toContain(id);
    expect(await callerAs(db, luoyangOfficer).notices.objectionQueue({ view: "open" })).not.toContainEqual(
      expect.objectContaining({ id }),
    );
    const detail = await officer.notices.detail({ id: notice.id });
    expect(detail.objections).toEqual([
      expect.objectContaining({ id, state: "open", phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` }),
    ]);
    expect(JSON.stringify(detail)).not.toContain(phone);

    expect(await officer.notices.answerObjection({ id, answer: "经核实地址已更正，感谢监督。" })).toEqual({
      state: "answered",
    });
    expect((await refusal(officer.notices.answerObjection({ id, answer: "再答" }))).domainCode).toBe(
      "OBJECTION_WRONG_STATE",
    );
    const mine = await callerAs(db, citizen).notices.myObjections();
    expect(mine).toEqual([expect.objectContaining({ id, state: "answered", answer: "经核实地址已更正，感谢监督。" })]);
    const texts = await db
      .select({ template: smsMessages.template })
      .from(smsMessages)
      .where(
        and(
          eq(smsMessages.phoneHash, hashPii("phone", phone)),
          eq(smsMessages.idempotencyKey, `notice-objection:${id}:answered`),
        ),
      );
    expect(texts).toEqual([{ template: "notice_objection_answered" }]);
  });

  it("need a real-name verified citizen", async () => {
    const notice = await publishedNotice({ title: uniqueTitle("公告"), fromToday: 0, days: 3 });
    const unverified = await insertTestUser(db, { roles: ["citizen"], phone: testPhone(), password: "Demo@2026x" });
    const refused = await refusal(
      callerAs(db, unverified).notices.object({ noticeId: notice.id, contactPhone: testPhone(), body: "异议" }),
    );
    expect(refused.domainCode).toBe("REAL_NAME_REQUIRED");
  });
});

describe("jurisdiction", () => {
  it("keeps another city's officer from seeing, approving or answering a unit's notices", async () => {
    const today = chinaToday(new Date());
    const { id } = await callerAs(db, drafter).notices.saveDraft({
      serviceCode: "HZ047",
      title: uniqueTitle("户籍业务公告"),
      body: "正文",
      firstDay: today,
      lastDay: addDays(today, 3),
    });
    await callerAs(db, drafter).notices.submit({ id });
    const luoyang = callerAs(db, luoyangOfficer);
    for (const view of ["drafts", "pending", "published", "ended"] as const) {
      expect((await luoyang.notices.desk({ view })).map((n) => n.id)).not.toContain(id);
    }
    expect((await refusal(luoyang.notices.detail({ id }))).code).toBe("FORBIDDEN");
    expect((await refusal(luoyang.notices.approve({ id }))).code).toBe("FORBIDDEN");
    expect((await db.select().from(notices).where(eq(notices.id, id)))[0]!.state).toBe("pending_approval");
  });
});

describe("the demo seed", () => {
  it("gives every notice service of the catalogue a current notice and one in the archive", async () => {
    const anyone = callerAs(db, null);
    const boards = await anyone.notices.services();
    expect(boards).toHaveLength(34);
    for (const { code } of boards) {
      expect((await anyone.notices.board({ view: "current", serviceCode: code })).total, code).toBeGreaterThan(0);
      expect((await anyone.notices.board({ view: "archive", serviceCode: code })).total, code).toBeGreaterThan(0);
    }
    expect((await anyone.notices.board({ view: "current", cityCode: "410300" })).total).toBeGreaterThan(0);
  });
});
