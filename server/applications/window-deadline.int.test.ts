import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import {
  type Application,
  applicationEvents,
  applicationMaterials,
  applications,
  issuedDocuments,
  smsMessages,
} from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { encryptPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { officerActorFor } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { completeApplication } from "./complete-application";
import { postApplication } from "./post-application";
import { expireWindowDeadlines, remindWindowDeadlines } from "./run-window-deadlines";
import { birthFormData, insertTestApplication } from "@/server/household/test-applications";
import { voidApplication } from "./void-application";
import { windowDeadlineFor } from "./window-deadline";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let officer: OfficerActor;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const row = await demoUserRow(db, "windowOfficer");
  officer = await officerActorFor(db, row);
});
afterAll(async () => h.close());

/** Approved 60 days ago, so the test needs no particular date: every moment below is relative to the deadline. */
const approvedAt = new Date(Date.now() - 60 * 86_400_000);
const deadline = windowDeadlineFor(approvedAt);
/** The last minute of the deadline day, and the first of the day after, in China time. */
const lastMinute = new Date(`${deadline}T23:59:00+08:00`);
const dayAfter = new Date(`${addDays(deadline, 1)}T00:00:00+08:00`);
const deadlineText = (() => {
  const [y, m, d] = deadline.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
})();

async function row(id: string): Promise<Application> {
  const [r] = await db.select().from(applications).where(eq(applications.id, id));
  if (!r) throw new Error("application vanished");
  return r;
}

const smsOf = (app: Application) =>
  db
    .select({ template: smsMessages.template, body: smsMessages.body })
    .from(smsMessages)
    .where(like(smsMessages.idempotencyKey, `application:${app.id}:%`))
    .orderBy(asc(smsMessages.createdAt));

async function allMatch(app: Application) {
  const materials = await db
    .select({ key: applicationMaterials.materialKey })
    .from(applicationMaterials)
    .where(eq(applicationMaterials.applicationId, app.id));
  return [...new Set(materials.map((m) => m.key))].map((materialKey) => ({ materialKey, matches: true }));
}

const postal = () =>
  insertTestApplication(db, {
    serviceCode: "HZ023",
    state: "approved",
    stateSince: approvedAt,
    formData: { lossReason: "lost" },
    delivery: {
      method: "post",
      recipient: "张明",
      phoneEnc: encryptPii("13800138000"),
      address: "河南省郑州市金水区花园路62号",
      feeFen: 1500,
    },
  });

describe("the 60-day window deadline, checked by every action on an approval at the moment it happens", () => {
  it("completes on the deadline day itself, up to its last minute", async () => {
    const app = await insertTestApplication(db, {
      state: "approved",
      stateSince: approvedAt,
      formData: birthFormData("张小满"),
    });
    expect(app.windowDeadline).toBe(deadline);
    const result = await completeApplication(db, {
      applicationId: app.id,
      expectedVersion: app.version,
      officer,
      checks: await allMatch(app),
      now: lastMinute,
    });
    expect(result.state).toBe("completed");
  });

  it("does not complete the day after, before the nightly job ran: the approval expires then, with no certificate and an SMS", async () => {
    const app = await insertTestApplication(db, {
      state: "approved",
      stateSince: approvedAt,
      formData: birthFormData("张小秋"),
    });
    const refused = await refusal(
      completeApplication(db, {
        applicationId: app.id,
        expectedVersion: app.version,
        officer,
        checks: await allMatch(app),
        now: dayAfter,
      }),
    );
    expect(refused).toMatchObject({ code: "WINDOW_DEADLINE_PASSED", params: { deadline: deadlineText } });
    expect(await row(app.id)).toMatchObject({
      state: "expired",
      outcomeReason: "window_deadline_passed",
      documentId: null,
    });
    const docs = await db
      .select()
      .from(issuedDocuments)
      .where(and(eq(issuedDocuments.subjectType, "application"), eq(issuedDocuments.subjectId, app.id)));
    expect(docs).toEqual([]);
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, app.id));
    expect(events.map((e) => e.action)).toContain("expire");
    const sms = await smsOf(app);
    expect(sms.map((s) => s.template)).toEqual(["application_expired"]);
    expect(sms[0]?.body).toContain(`审批有效期已于${deadlineText}届满`);

    // Later attempts are told the same, and the nightly job finds nothing left to do.
    const again = await row(app.id);
    expect(
      await refusal(
        completeApplication(db, {
          applicationId: app.id,
          expectedVersion: again.version,
          officer,
          checks: await allMatch(app),
          now: dayAfter,
        }),
      ),
    ).toMatchObject({ code: "WINDOW_DEADLINE_PASSED" });
    await expireWindowDeadlines(db, { now: dayAfter });
    expect((await smsOf(app)).map((s) => s.template)).toEqual(["application_expired"]);
  });

  it("does not void an approval that has already lapsed", async () => {
    const app = await insertTestApplication(db, {
      state: "approved",
      stateSince: approvedAt,
      formData: birthFormData("张小冬"),
    });
    const refused = await refusal(
      voidApplication(db, {
        applicationId: app.id,
        expectedVersion: app.version,
        officer,
        reason: "原件系伪造",
        mismatched: [],
        now: dayAfter,
      }),
    );
    expect(refused).toMatchObject({ code: "WINDOW_DEADLINE_PASSED" });
    expect((await row(app.id)).state).toBe("expired");
  });

  it("posts on the deadline day, and not the day after, when the approval lapses with an SMS that fits the post", async () => {
    const inTime = await postal();
    const posted = await postApplication(db, {
      applicationId: inTime.id,
      expectedVersion: inTime.version,
      officer,
      carrier: "ems",
      trackingNumber: "EA123456789CN",
      now: lastMinute,
    });
    expect(posted.state).toBe("completed");

    const late = await postal();
    const refused = await refusal(
      postApplication(db, {
        applicationId: late.id,
        expectedVersion: late.version,
        officer,
        carrier: "ems",
        trackingNumber: "EA123456780CN",
        now: dayAfter,
      }),
    );
    expect(refused).toMatchObject({ code: "WINDOW_DEADLINE_PASSED" });
    expect(await row(late.id)).toMatchObject({ state: "expired", documentId: null });
    const sms = await smsOf(late);
    expect(sms.map((s) => s.template)).toEqual(["application_post_expired"]);
    expect(sms[0]?.body).not.toContain("窗口");
  });

  it("lets the nightly job expire a postal approval past its deadline too", async () => {
    const app = await postal();
    await expireWindowDeadlines(db, { now: lastMinute });
    expect((await row(app.id)).state).toBe("approved");
    await expireWindowDeadlines(db, { now: dayAfter });
    expect((await row(app.id)).state).toBe("expired");
  });
});

describe("deadline SMS that fit the service", () => {
  it("tells a collection (户口簿补领) to collect with the ID card, never to have originals checked", async () => {
    const app = await insertTestApplication(db, {
      serviceCode: "HZ023",
      state: "approved",
      stateSince: approvedAt,
      formData: { lossReason: "lost" },
    });
    await remindWindowDeadlines(db, { now: new Date(`${addDays(deadline, -3)}T09:00:00+08:00`) });
    await expireWindowDeadlines(db, { now: dayAfter });
    const sms = await smsOf(app);
    expect(sms.map((s) => s.template)).toEqual(["application_collect_reminder", "application_collect_expired"]);
    for (const { body } of sms) {
      expect(body).not.toContain("原件");
      expect(body).toContain(deadlineText);
    }
    expect(sms[0]?.body).toContain(`最迟于${deadlineText}（含当日）携带居民身份证到花园路派出所户籍窗口领取`);
  });

  it("tells a service with originals to bring them, naming the last day and that it counts", async () => {
    const app = await insertTestApplication(db, {
      state: "approved",
      stateSince: approvedAt,
      formData: birthFormData("张小夏"),
    });
    await remindWindowDeadlines(db, { now: new Date(`${addDays(deadline, -3)}T09:00:00+08:00`) });
    const [reminder] = await smsOf(app);
    expect(reminder?.template).toBe("application_window_reminder");
    expect(reminder?.body).toContain(`审批有效期最迟至${deadlineText}（含当日）`);
    expect(reminder?.body).toContain("材料原件");
  });
});
