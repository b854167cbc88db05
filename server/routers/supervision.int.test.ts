import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { type Application, applications, queueSlaRules, services, smsMessages, staffNotifications } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { insertTestApplication } from "@/server/household/test-applications";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { reassignApplication } from "@/server/supervision/reassign-application";
import { alertIdleApplications } from "@/server/supervision/run-sla-alerts";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let overdueHere: Application;
let freshHere: Application;
let overdueNextDoor: Application;
let overdueLuoyang: Application;
let slowService: Application;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  overdueHere = await insertTestApplication(db, { stationCode: "41010501", stateSince: daysAgo(4) });
  freshHere = await insertTestApplication(db, {
    stationCode: "41010501",
    serviceCode: "HZ003",
    stateSince: daysAgo(1),
  });
  overdueNextDoor = await insertTestApplication(db, {
    stationCode: "41010502",
    state: "county_review",
    stateSince: daysAgo(3),
  });
  overdueLuoyang = await insertTestApplication(db, {
    stationCode: "41030501",
    serviceCode: "HZ004",
    stateSince: daysAgo(6),
  });
  // HZ023 is given a week at the station: four days idle is within its own rule.
  const [hz023] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ023"));
  await db.insert(queueSlaRules).values({ serviceId: hz023?.id, state: "station_review", maxIdleHours: 168 });
  slowService = await insertTestApplication(db, {
    stationCode: "41010501",
    serviceCode: "HZ023",
    stateSince: daysAgo(4),
    materials: [],
  });
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

async function noticesFor(key: DemoAccountKey, kind: string) {
  const user = await demoUserRow(db, key);
  return db
    .select()
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, user.id), eq(staffNotifications.kind, kind)));
}

const supervisorTexts = () =>
  db
    .select()
    .from(smsMessages)
    .where(inArray(smsMessages.phoneHash, [hashPii("phone", "13700137005"), hashPii("phone", "13700137006")]));

describe("SLA alerts", () => {
  it("alerts the nearest supervisor of each item idle beyond its state's rule, once, in-app and by SMS", async () => {
    const first = await alertIdleApplications(db);
    // The seeded demo item, ours at 花园路, the county-review item next door and Luoyang's.
    expect(first.processed).toBe(4);
    const station = (await noticesFor("stationSupervisor", "sla_overdue")).map((n) => n.applicationId);
    expect(station).toEqual(expect.arrayContaining([overdueHere.id]));
    expect(station).not.toContain(freshHere.id);
    expect(station).not.toContain(slowService.id);
    expect(station).not.toContain(overdueNextDoor.id);
    // 经八路派出所 has no chief of its own: the county's supervisor gets its alert.
    expect((await noticesFor("countySupervisor", "sla_overdue")).map((n) => n.applicationId)).toEqual([
      overdueNextDoor.id,
    ]);
    const texts = await supervisorTexts();
    expect(texts).toHaveLength(3);
    expect(texts.find((t) => t.body.includes(overdueHere.number ?? "?"))?.body).toContain("花园路派出所已超过办理时限");
    // The notice shows the deadline the item went past (72 h at the station), not when the job ran.
    const notice = (await (await as("stationSupervisor")).supervision.home()).notifications.find(
      (n) => n.applicationId === overdueHere.id,
    );
    expect(notice?.deadline?.getTime()).toBe(overdueHere.stateSince.getTime() + 72 * 3_600_000);
    const [marked] = await db.select().from(applications).where(eq(applications.id, overdueHere.id));
    expect(marked?.slaAlertedFor?.getTime()).toBe(overdueHere.stateSince.getTime());

    expect(await alertIdleApplications(db)).toEqual({ processed: 0, smsQueued: 0, more: false });
    expect(await supervisorTexts()).toHaveLength(3);
  });
});

describe("supervision", () => {
  it("shows each supervisor only their subtree's overdue items, with the officers each could go to", async () => {
    const station = await (await as("stationSupervisor")).supervision.home();
    const ids = station.items.map((i) => i.id);
    expect(ids).toContain(overdueHere.id);
    expect(ids).not.toContain(freshHere.id);
    expect(ids).not.toContain(slowService.id);
    expect(ids).not.toContain(overdueNextDoor.id);
    expect(ids).not.toContain(overdueLuoyang.id);
    const item = station.items.find((i) => i.id === overdueHere.id);
    expect(item).toMatchObject({ overdue: true, holder: null, station: { code: "41010501" } });
    expect(item?.candidates.map((c) => c.name)).toEqual(["刘建华"]);
    expect(station.notifications.some((n) => n.applicationId === overdueHere.id && n.kind === "sla_overdue")).toBe(
      true,
    );

    const county = await (await as("countySupervisor")).supervision.home();
    expect(county.items.map((i) => i.id)).toEqual(expect.arrayContaining([overdueHere.id, overdueNextDoor.id]));
    expect(county.items.map((i) => i.id)).not.toContain(overdueLuoyang.id);
    expect(county.items.find((i) => i.id === overdueNextDoor.id)?.candidates.map((c) => c.name)).toEqual(["赵国强"]);
  });

  it("lets a supervisor read every item of their subtree with its timeline, and act on none of them", async () => {
    const chief = await as("stationSupervisor");
    const queue = await chief.applicationDesk.queue({});
    const row = queue.rows.find((r) => r.id === overdueHere.id);
    expect(row).toMatchObject({ canAssign: false });
    expect(queue.states).toEqual(["station_review", "needs_supplement", "county_review", "approved"]);
    expect(queue.rows.map((r) => r.id)).not.toContain(overdueNextDoor.id);
    const county = await as("countySupervisor");
    expect((await county.applicationDesk.queue({ state: "county_review" })).rows.map((r) => r.id)).toContain(
      overdueNextDoor.id,
    );

    const item = await chief.applicationDesk.get({ id: overdueHere.id });
    expect(item).toMatchObject({ readOnly: true, actions: [], canAssign: false });
    expect(item.timeline.length).toBeGreaterThan(0);
    // A station officer keeps their actions.
    expect((await (await as("stationOfficer")).applicationDesk.get({ id: overdueHere.id })).readOnly).toBe(false);

    await expect(chief.applicationDesk.get({ id: overdueLuoyang.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      chief.applicationDesk.assign({ id: overdueHere.id, expectedVersion: item.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      chief.applicationDesk.forward({ id: overdueHere.id, expectedVersion: item.version }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [unchanged] = await db.select().from(applications).where(eq(applications.id, overdueHere.id));
    expect(unchanged).toMatchObject({ state: "station_review", version: item.version, assignedTo: null });
  });

  it("refuses a reassignment that names no officer, in the procedure and in the service", async () => {
    const chief = await as("stationSupervisor");
    await expect(chief.supervision.reassign({ applicationId: overdueHere.id, officerId: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const row = await demoUserRow(db, "stationSupervisor");
    const supervisor = { userId: row.id, scope: await loadJurisdiction(db, row.orgUnitId as number) };
    await expect(
      reassignApplication(db, { applicationId: overdueHere.id, officerId: "", supervisor }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { officerId: "supervision.officerRequired" },
    });
    const [unchanged] = await db.select().from(applications).where(eq(applications.id, overdueHere.id));
    expect(unchanged?.assignedTo).toBeNull();
  });

  it("reassigns an overdue item to a named officer: it is theirs in the queue, on the timeline, and counted against them", async () => {
    const officer = await demoUserRow(db, "stationOfficer");
    const supervisor = await as("stationSupervisor");
    await supervisor.supervision.reassign({ applicationId: overdueHere.id, officerId: officer.id });

    const queue = await (await as("stationOfficer")).applicationDesk.queue({});
    expect(queue.rows.find((r) => r.id === overdueHere.id)?.assignedTo).toMatchObject({ isMe: true, name: "刘建华" });
    const detail = await (await as("stationOfficer")).applicationDesk.get({ id: overdueHere.id });
    expect(detail.timeline.at(-1)).toMatchObject({
      action: "reassign",
      actorRole: "supervisor",
      actorName: "王志远",
      comment: "刘建华",
    });
    expect((await noticesFor("stationOfficer", "reassigned")).map((n) => n.applicationId)).toContain(overdueHere.id);
    const mine = await (await as("citizen")).applications.get({ id: overdueHere.id });
    expect(mine.timeline.at(-1)).toMatchObject({ action: "reassign", comment: null });

    const home = await supervisor.supervision.home();
    expect(home.byOfficer).toContainEqual({ officer: { id: officer.id, name: "刘建华" }, overdue: 1 });
    expect(home.items.find((i) => i.id === overdueHere.id)?.holder).toMatchObject({ id: officer.id });
  });

  it("refuses to reassign to an officer who may not act on the step, or outside the supervisor's subtree", async () => {
    const supervisor = await as("stationSupervisor");
    for (const key of ["windowOfficer", "luoyangStationOfficer", "newOfficer"] as const) {
      const target = await demoUserRow(db, key);
      await expect(
        supervisor.supervision.reassign({ applicationId: overdueHere.id, officerId: target.id }),
      ).rejects.toMatchObject({
        cause: { code: "REASSIGN_TARGET_INVALID" },
      });
    }
    const officer = await demoUserRow(db, "stationOfficer");
    await expect(
      supervisor.supervision.reassign({ applicationId: overdueLuoyang.id, officerId: officer.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      supervisor.supervision.reassign({ applicationId: overdueNextDoor.id, officerId: officer.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("escalates an item to the unit above, whose supervisor is told and sees it; only once", async () => {
    const supervisor = await as("stationSupervisor");
    const result = await supervisor.supervision.escalate({ applicationId: overdueHere.id, comment: "多次催办未处理" });
    expect(result.escalatedTo.code).toBe("410105");
    expect((await noticesFor("countySupervisor", "escalated")).map((n) => n.applicationId)).toEqual([overdueHere.id]);
    expect(
      (await supervisorTexts()).some(
        (t) => t.template === "queue_escalated_supervisor" && t.body.includes("花园路派出所提请上级督办"),
      ),
    ).toBe(true);
    const county = await (await as("countySupervisor")).supervision.home();
    expect(county.items.find((i) => i.id === overdueHere.id)).toMatchObject({ escalatedHere: true });
    const detail = await (await as("stationOfficer")).applicationDesk.get({ id: overdueHere.id });
    expect(detail.timeline.at(-1)).toMatchObject({
      action: "escalate",
      actorRole: "supervisor",
      unitLevel: "station",
      comment: "多次催办未处理",
      internal: true,
    });
    // The citizen sees the step, never the note written for the unit above.
    const mine = await (await as("citizen")).applications.get({ id: overdueHere.id });
    expect(mine.timeline.at(-1)).toMatchObject({ action: "escalate", comment: null });
    // The station's own list says the item went up, and to whom.
    const own = (await supervisor.supervision.home()).items.find((i) => i.id === overdueHere.id);
    expect(own).toMatchObject({ escalatedHere: false, escalatedTo: { name: "金水区公安分局" } });
    expect(county.items.find((i) => i.id === overdueHere.id)?.escalatedTo).toBeNull();

    await expect(supervisor.supervision.escalate({ applicationId: overdueHere.id, comment: "" })).rejects.toMatchObject(
      {
        cause: { code: "ESCALATION_NOT_POSSIBLE" },
      },
    );
    await expect(
      supervisor.supervision.escalate({ applicationId: overdueLuoyang.id, comment: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is for supervisors only", async () => {
    const officer = await demoUserRow(db, "stationOfficer");
    for (const key of ["stationOfficer", "countyApprover", "admin", "citizen"] as const) {
      const c = await as(key);
      await expect(c.supervision.home()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        c.supervision.reassign({ applicationId: overdueHere.id, officerId: officer.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(c.supervision.escalate({ applicationId: overdueHere.id, comment: "" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await expect((await as(null)).supervision.home()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // Nothing the refused calls did shows anywhere.
    const escalations = await db.select().from(applications).where(like(applications.stationPath, "/410000/410300/%"));
    expect(escalations.every((a) => a.escalatedToUnitId === null)).toBe(true);
  });
});
