import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  type ApplicationState,
  applicationEvents,
  applications,
  orgUnits,
  services,
  staffNotifications,
} from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const at = (s: string) => new Date(`${s}+08:00`);
type Step = [action: string, from: ApplicationState, to: ApplicationState, when: string];

/** An application at a station with exactly these timeline events, in January 2026 where nothing else happened. */
async function history(stationCode: string, steps: Step[]) {
  const [station] = await db.select().from(orgUnits).where(eq(orgUnits.code, stationCode));
  const [service] = await db.select().from(services).where(eq(services.code, "HZ001"));
  const citizen = await demoUserRow(db, "citizen");
  const last = steps.at(-1) as Step;
  const [app] = await db
    .insert(applications)
    .values({
      serviceId: service?.id as number,
      applicantId: citizen.id,
      applicantIdHash: citizen.idNumberHash as string,
      state: last[2],
      stationId: station?.id,
      stationPath: station?.path,
      stateSince: at(last[3]),
    })
    .returning();
  await db.insert(applicationEvents).values(
    steps.map(([action, fromState, toState, when]) => ({
      applicationId: app?.id as string,
      action,
      fromState,
      toState,
      actorRole: "system",
      at: at(when),
    })),
  );
  return app;
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  await history("41010501", [
    ["submit", "draft", "submitted", "2026-01-05T10:00:00"],
    ["route_to_station", "submitted", "station_review", "2026-01-05T10:00:00"],
    ["forward", "station_review", "county_review", "2026-01-05T20:00:00"],
    ["approve", "county_review", "approved", "2026-01-06T10:00:00"],
    ["complete", "approved", "completed", "2026-01-07T10:00:00"],
  ]);
  const rejected = await history("41010501", [
    ["submit", "draft", "submitted", "2026-01-05T12:00:00"],
    ["route_to_station", "submitted", "station_review", "2026-01-05T12:00:00"],
    ["reject", "station_review", "rejected", "2026-01-06T08:00:00"],
  ]);
  await history("41010502", [
    ["submit", "draft", "submitted", "2026-01-06T09:00:00"],
    ["route_to_station", "submitted", "station_review", "2026-01-06T09:00:00"],
    ["forward", "station_review", "county_review", "2026-01-06T13:00:00"],
    ["approve", "county_review", "approved", "2026-01-07T09:00:00"],
    ["void", "approved", "voided", "2026-01-07T12:00:00"],
  ]);
  await history("41030501", [
    ["submit", "draft", "submitted", "2026-01-06T09:00:00"],
    ["route_to_station", "submitted", "station_review", "2026-01-06T09:00:00"],
  ]);
  const chief = await demoUserRow(db, "stationSupervisor");
  await db.insert(staffNotifications).values({
    userId: chief.id,
    kind: "sla_overdue",
    applicationId: rejected?.id,
    dedupeKey: "test:metrics:sla",
    createdAt: at("2026-01-05T22:00:00"),
  });
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

const range = { from: "2026-01-05", to: "2026-01-07" };
const unitId = async (code: string) =>
  (await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code)))[0]?.id as number;

describe("metrics.overview", () => {
  it("counts each day's events of the county's subtree, and the median and p90 hours in each step", async () => {
    const m = await (await as("countySupervisor")).metrics.overview(range);
    expect(m.unit.code).toBe("410105");
    expect(m.days).toEqual(["2026-01-05", "2026-01-06", "2026-01-07"]);
    const values = Object.fromEntries(m.series.map((s) => [s.key, s.values]));
    expect(values).toEqual({
      received: [2, 1, 0],
      decided: [0, 2, 1],
      completed: [0, 0, 1],
      voided: [0, 0, 1],
      expired: [0, 0, 0],
      // Every January stay ended within its limit: the alert notice of the 5th does not make one overdue.
      slaBreaches: [0, 0, 0],
    });
    // In the order of the application's life.
    expect(m.durations).toEqual([
      { state: "submitted", stays: 3, medianHours: 0, p90Hours: 0 },
      { state: "station_review", stays: 3, medianHours: 10, p90Hours: 18 },
      { state: "county_review", stays: 2, medianHours: 17, p90Hours: 19.4 },
      { state: "approved", stays: 2, medianHours: 13.5, p90Hours: 21.9 },
    ]);
    expect(m.children.filter((c) => c.received > 0)).toEqual([
      expect.objectContaining({ code: "41010501", received: 2, decided: 2, completed: 1 }),
      expect.objectContaining({ code: "41010502", received: 1, decided: 1, completed: 0 }),
    ]);
    expect(m.parent).toBeNull();
  });

  it("counts an overdue item from its deadline, on the day the deadline passed, whether or not the hourly alert ran", async () => {
    // Held at the station 4 days (limit 72 h): overdue from 4 Feb 10:00.
    await history("41010501", [
      ["route_to_station", "submitted", "station_review", "2026-02-01T10:00:00"],
      ["forward", "station_review", "county_review", "2026-02-05T10:00:00"],
      ["approve", "county_review", "approved", "2026-02-05T12:00:00"],
    ]);
    // Still at the county since 2 Feb (limit 48 h), never alerted: overdue from 4 Feb 10:00 and still listed.
    const waiting = await history("41010502", [
      ["route_to_station", "submitted", "station_review", "2026-02-02T09:00:00"],
      ["forward", "station_review", "county_review", "2026-02-02T10:00:00"],
    ]);
    // Forwarded within a day: never overdue.
    await history("41010501", [
      ["route_to_station", "submitted", "station_review", "2026-02-02T10:00:00"],
      ["forward", "station_review", "county_review", "2026-02-03T10:00:00"],
      ["approve", "county_review", "approved", "2026-02-03T12:00:00"],
    ]);
    const county = await as("countySupervisor");
    const m = await county.metrics.overview({ from: "2026-02-01", to: "2026-02-05" });
    expect(m.series.find((s) => s.key === "slaBreaches")?.values).toEqual([0, 0, 0, 2, 0]);
    const listed = (await county.supervision.home()).items.find((i) => i.id === waiting?.id);
    expect(listed).toMatchObject({ overdue: true });
  });

  it("drills down to a station, and keeps a station's supervisor inside their own", async () => {
    const county = await as("countySupervisor");
    const station = await county.metrics.overview({ ...range, unitId: await unitId("41010502") });
    expect(station.series.find((s) => s.key === "received")?.total).toBe(1);
    expect(station.parent?.code).toBe("410105");

    const chief = await as("stationSupervisor");
    const own = await chief.metrics.overview(range);
    expect(own.unit.code).toBe("41010501");
    expect(own.series.find((s) => s.key === "received")?.values).toEqual([2, 0, 0]);
    await expect(chief.metrics.overview({ ...range, unitId: await unitId("410105") })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(chief.metrics.overview({ ...range, unitId: await unitId("41010502") })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives admins the province, with the series that belong to no unit", async () => {
    const m = await (await as("admin")).metrics.overview(range);
    expect(m.unit.level).toBe("province");
    expect(m.series.find((s) => s.key === "received")?.values).toEqual([2, 2, 0]);
    expect(m.series.map((s) => s.key)).toEqual(
      expect.arrayContaining(["smsSent", "smsFailed", "registered", "verified"]),
    );
    const county = await (await as("countySupervisor")).metrics.overview(range);
    expect(county.series.map((s) => s.key)).not.toContain("smsSent");
  });

  it("refuses a backwards or over-long range, and anyone but supervisors and admins", async () => {
    const admin = await as("admin");
    await expect(admin.metrics.overview({ from: "2026-01-07", to: "2026-01-05" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(admin.metrics.overview({ from: "2024-01-01", to: "2026-01-05" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    for (const key of ["stationOfficer", "countyApprover", "citizen", "insurer"] as const) {
      await expect((await as(key)).metrics.overview(range)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect((await as(null)).metrics.overview(range)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
