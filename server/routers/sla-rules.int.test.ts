import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { insertTestApplication } from "@/server/household/test-applications";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

describe("slaRules", () => {
  it("lists the seeded defaults and lets an admin give one service its own limit, which decides what is overdue", async () => {
    const admin = await as("admin");
    expect(await admin.slaRules.list()).toEqual([
      expect.objectContaining({ state: "station_review", maxIdleHours: 72, service: null }),
      expect.objectContaining({ state: "county_review", maxIdleHours: 48, service: null }),
    ]);
    const app = await insertTestApplication(db, {
      serviceCode: "HZ003",
      stateSince: new Date(Date.now() - 2 * 86_400_000),
    });
    const overdue = async () => (await (await as("stationSupervisor")).supervision.home()).items.map((i) => i.id);
    expect(await overdue()).not.toContain(app.id);

    await admin.slaRules.set({ serviceCode: "hz003", state: "station_review", maxIdleHours: 24 });
    expect(await overdue()).toContain(app.id);
    expect((await admin.slaRules.list()).find((r) => r.service?.code === "HZ003")).toMatchObject({
      state: "station_review",
      maxIdleHours: 24,
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "sla.rule_changed"), eq(auditLog.targetId, "HZ003:station_review")));
    expect(audit?.details).toEqual({ before: null, after: 24 });

    await admin.slaRules.set({ serviceCode: "HZ003", state: "station_review", maxIdleHours: null });
    expect(await overdue()).not.toContain(app.id);
  });

  it("refuses an unknown service or a limit out of range, and anyone but admins", async () => {
    const admin = await as("admin");
    await expect(
      admin.slaRules.set({ serviceCode: "HZ999", state: "station_review", maxIdleHours: 24 }),
    ).rejects.toMatchObject({
      cause: { fields: { serviceCode: "SLA_SERVICE_UNKNOWN" } },
    });
    await expect(
      admin.slaRules.set({ serviceCode: null, state: "station_review", maxIdleHours: 0 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    for (const key of ["stationSupervisor", "stationOfficer", "citizen"] as const) {
      const c = await as(key);
      await expect(c.slaRules.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        c.slaRules.set({ serviceCode: null, state: "station_review", maxIdleHours: 1 }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("answers several admins adding the same new rule at once with one rule and, for the others, a conflict — never a 500", async () => {
    const admin = await as("admin");
    const results = await Promise.allSettled(
      [6, 7, 8].map((hours) =>
        admin.slaRules.set({ serviceCode: "HZ004", state: "county_review", maxIdleHours: hours }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", cause: { code: "CONFLICT" } });
    expect(
      (await admin.slaRules.list()).filter((r) => r.service?.code === "HZ004" && r.state === "county_review"),
    ).toHaveLength(1);
  });
});
