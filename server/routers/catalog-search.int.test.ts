import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { serviceUsageEvents, services, userServiceUsage } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { recordServiceUsage } from "@/server/catalog/record-service-usage";
import { createTestDb } from "@/test/db";
import { callerAs } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizen: SessionUser;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizen = await demoSessionUser(db, "citizen");
});
afterAll(async () => h.close());

const caller = (user: SessionUser | null = null) => callerAs(db, user);
const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe("catalog.search", () => {
  it("finds 出生登记 by its name, by pinyin initials, full pinyin and by a common synonym", async () => {
    const anon = caller();
    expect(codes(await anon.catalog.search({ q: "出生登记" }))[0]).toBe("HZ001");
    expect(codes(await anon.catalog.search({ q: "csdj" }))).toEqual(["HZ001"]);
    expect(codes(await anon.catalog.search({ q: "CSDJ" }))).toEqual(["HZ001"]);
    expect(codes(await anon.catalog.search({ q: "chushengdengji" }))).toEqual(["HZ001"]);
    const bySynonym = await anon.catalog.search({ q: "报户口" });
    expect(codes(bySynonym)).toEqual(["HZ001"]);
    expect(bySynonym[0]?.matchedSynonyms).toEqual(["报户口"]);
  });

  it("needs every word of the name, in any order, each as a Chinese substring", async () => {
    const found = codes(await caller().catalog.search({ q: "驾驶证 补领" }));
    expect(found[0]).toBe("JJ026");
    expect(codes(await caller().catalog.search({ q: "补领 驾驶证" }))[0]).toBe("JJ026");
    expect(found).not.toContain("JJ025");
    expect(await caller().catalog.search({ q: "驾驶证 不存在的词" })).toEqual([]);
  });

  it("ranks an exact name first, then names containing the words, then synonyms, then pinyin", async () => {
    const rows = await caller().catalog.search({ q: "户口簿补领" });
    expect(rows[0]).toMatchObject({ code: "HZ023", rank: 0 });
    const passport = await caller().catalog.search({ q: "护照" });
    const ranks = passport.map((r) => r.rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(passport[0]?.name).toContain("护照");
    expect(passport.some((r) => !r.name.includes("护照") && r.rank === 2)).toBe(true);
  });

  it("filters by category and kind, with or without a query", async () => {
    const trafficQueries = await caller().catalog.search({ category: "traffic", kind: "query" });
    expect(trafficQueries.length).toBeGreaterThan(5);
    expect(trafficQueries.every((r) => r.category.code === "traffic" && r.kind === "query")).toBe(true);
    expect(codes(await caller().catalog.search({ q: "护照", category: "traffic" }))).toEqual([]);
    const bookings = await caller().catalog.search({ q: "护照", kind: "appointment" });
    expect(codes(bookings)).toEqual(["CR001", "CR002", "CR030"]);
    expect(bookings[2]?.matchedSynonyms).toEqual(["领取护照"]);
  });

  it("treats % and _ in a query as text, not as wildcards", async () => {
    expect(await caller().catalog.search({ q: "%" })).toEqual([]);
    expect(await caller().catalog.search({ q: "_" })).toEqual([]);
  });

  it("never shows a disabled service to citizens or guests, nor its guide", async () => {
    await db.update(services).set({ enabled: false }).where(eq(services.code, "HZ041"));
    try {
      expect(codes(await caller().catalog.search({ q: "重名查询" }))).toEqual([]);
      expect(codes(await caller(citizen).catalog.search({ q: "chongming" }))).toEqual([]);
      expect(codes(await caller().catalog.search({ category: "household" }))).not.toContain("HZ041");
      await expect(caller(citizen).catalog.guide({ code: "HZ041" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const household = (await caller().catalog.categories()).find((c) => c.code === "household");
      expect(household?.enabledCount).toBe(49);
    } finally {
      await db.update(services).set({ enabled: true }).where(eq(services.code, "HZ041"));
    }
    expect(codes(await caller().catalog.search({ q: "chongming" }))).toEqual(["HZ041"]);
  });

  it("refuses malformed filters and extra fields", async () => {
    await expect(caller().catalog.search({ kind: "other" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().catalog.search({ category: "DROP TABLE" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().catalog.search({ q: "x", extra: 1 } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().catalog.guide({ code: "hz001" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("catalog.guide", () => {
  it("shows the guide to guests without recording anything", async () => {
    const before = await db.$count(serviceUsageEvents);
    const guide = await caller().catalog.guide({ code: "HZ001" });
    expect(guide.name).toBe("出生登记");
    expect(guide.category.code).toBe("household");
    expect(guide.guide.materials.map((m) => m.key)).toContain("birth-certificate");
    expect(await db.$count(serviceUsageEvents)).toBe(before);
  });

  it("records nothing when a citizen's page or a link's prefetch reads the guide; the opened guide is one view", async () => {
    const before = await db.$count(serviceUsageEvents);
    const guide = await caller(citizen).catalog.guide({ code: "HZ023" });
    await caller(citizen).catalog.guide({ code: "HZ023" });
    expect(await db.$count(serviceUsageEvents)).toBe(before);

    await caller(citizen).catalog.guideOpened({ serviceId: guide.id });
    const events = await db
      .select()
      .from(serviceUsageEvents)
      .where(and(eq(serviceUsageEvents.userId, citizen.id), eq(serviceUsageEvents.serviceId, guide.id)));
    expect(events.map((e) => e.kind)).toEqual(["view"]);
    const [rollup] = await db
      .select()
      .from(userServiceUsage)
      .where(and(eq(userServiceUsage.userId, citizen.id), eq(userServiceUsage.serviceId, guide.id)));
    expect(rollup).toMatchObject({ views: 1, starts: 0, submits: 0 });
  });

  it("refuses to count an opened guide of an unknown service or for a guest, changing nothing", async () => {
    const before = await db.$count(serviceUsageEvents);
    await expect(caller(citizen).catalog.guideOpened({ serviceId: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller().catalog.guideOpened({ serviceId: 1 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await db.$count(serviceUsageEvents)).toBe(before);
  });
});

describe("recordServiceUsage", () => {
  it("counts each kind separately and keeps the latest use time even when events arrive out of order", async () => {
    const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "JJ045"));
    const serviceId = service!.id;
    await recordServiceUsage(db, {
      userId: citizen.id,
      serviceId,
      kind: "start",
      at: new Date("2026-03-02T08:00:00Z"),
    });
    await recordServiceUsage(db, {
      userId: citizen.id,
      serviceId,
      kind: "submit",
      at: new Date("2026-03-01T08:00:00Z"),
    });
    const [rollup] = await db
      .select()
      .from(userServiceUsage)
      .where(and(eq(userServiceUsage.userId, citizen.id), eq(userServiceUsage.serviceId, serviceId)));
    expect(rollup).toMatchObject({ views: 0, starts: 1, submits: 1, lastUsedAt: new Date("2026-03-02T08:00:00Z") });
  });

  it("writes neither the event nor the rollup when the service does not exist", async () => {
    const before = await db.$count(serviceUsageEvents);
    await expect(recordServiceUsage(db, { userId: citizen.id, serviceId: 999_999, kind: "view" })).rejects.toThrow();
    expect(await db.$count(serviceUsageEvents)).toBe(before);
  });
});
