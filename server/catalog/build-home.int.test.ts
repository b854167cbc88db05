import { and, eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reasonText as homeReasonText } from "@/components/home/reason-text";
import type { Db } from "@/db/client";
import {
  applications,
  favouriteServices,
  residents,
  serviceLayouts,
  serviceUsageEvents,
  services,
  travelDocuments,
  type UserGroupRules,
  userGroups,
  userServiceUsage,
  users,
} from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { formatDay } from "@/server/dates/format-day";
import { insertTestApplication } from "@/server/household/test-applications";
import { messages } from "@/server/i18n/messages";
import { createTestDb } from "@/test/db";
import { buildHome, type CitizenHome, type GuestHome, type HomeReason } from "./build-home";
import { profileServiceCodes } from "./profile-service-codes";
import { recordServiceUsage } from "./record-service-usage";
import { saveServiceLayout } from "./save-service-layout";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;
let spareId: string;
let adminId: string;
const serviceIds = new Map<string, number>();

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
  spareId = (await demoUserRow(db, "spareCitizen")).id;
  adminId = (await demoUserRow(db, "admin")).id;
  for (const s of await db.select({ id: services.id, code: services.code }).from(services))
    serviceIds.set(s.code, s.id);
});

afterAll(async () => {
  await h?.close();
});

beforeEach(async () => {
  await db.delete(serviceLayouts);
  await db.delete(userGroups);
  await db.delete(favouriteServices);
  await db.delete(userServiceUsage);
  await db.delete(serviceUsageEvents);
  await db.update(services).set({ enabled: true });
});

const today = () => chinaToday();
const id = (code: string) => {
  const found = serviceIds.get(code);
  if (found === undefined) throw new Error(`service ${code} is not in the seeded catalogue`);
  return found;
};
/** Codes of ordinary services the profile never recommends, for layouts and usage. */
const plain = ["HZ002", "HZ003", "HZ004", "HZ005", "HZ006"] as const;

async function citizenHome(userId = citizenId, now?: Date): Promise<CitizenHome> {
  const home = await buildHome(db, { userId, now });
  if (home.audience !== "citizen") throw new Error("expected a citizen's home");
  return home;
}

async function guestHome(): Promise<GuestHome> {
  const home = await buildHome(db, { userId: null });
  if (home.audience !== "guest") throw new Error("expected a guest's home");
  return home;
}

/** Every service code anywhere on a citizen's home. */
function codesOnHome(home: CitizenHome) {
  return {
    actions: home.actions.flatMap((a) => (a.service ? [a.service.code] : [])),
    recommendations: home.recommendations.map((r) => r.service.code),
    favourites: home.favourites.map((s) => s.code),
    grid: home.grid.flatMap((c) => c.services.map((s) => s.code)),
  };
}

async function layout(owner: { userId: string } | { groupId: number }, pinned: string[], hidden: string[] = []) {
  await saveServiceLayout(db, {
    owner,
    pinned: pinned.map(id),
    hidden: hidden.map(id),
    expectedUpdatedAt: null,
    actor: { id: adminId, role: "admin" },
  });
}

async function group(name: string, priority: number, rules: UserGroupRules) {
  const [row] = await db.insert(userGroups).values({ name, priority, rules }).returning({ id: userGroups.id });
  return { groupId: row!.id };
}

function reasonText(reason: HomeReason, locale: "zh-CN" | "en" = "zh-CN") {
  return homeReasonText(
    createTranslator({ locale, messages: messages[locale], namespace: "personalHome" }) as never,
    reason,
    locale,
  );
}

describe("the catalogue behind the home", () => {
  it("has every service the register facts point to", () => {
    for (const code of Object.values(profileServiceCodes)) expect(serviceIds.has(code), code).toBe(true);
  });
});

describe("a citizen's home from the register", () => {
  it("asks the demo citizen to renew the passport that expires within 90 days, and says when", async () => {
    const [passport] = await db
      .select({ expiryDate: travelDocuments.expiryDate })
      .from(travelDocuments)
      .innerJoin(residents, eq(residents.id, travelDocuments.residentId))
      .where(eq(residents.idNumberHash, hashPii("id", demoAccount("citizen").idNumber!)));
    const expiry = passport!.expiryDate;

    const home = await citizenHome();
    const action = home.actions.find((a) => a.reason.code === "travelDocumentExpiring");
    expect(action?.reason).toEqual({ code: "travelDocumentExpiring", document: "passport", date: expiry });
    expect(action?.service?.code).toBe(profileServiceCodes.passportRenewal);

    const renewal = home.recommendations.find((r) => r.service.code === profileServiceCodes.passportRenewal);
    expect(renewal?.reason).toEqual({ code: "travelDocumentExpiring", document: "passport", date: expiry });
    expect(reasonText(renewal!.reason)).toBe(`您的护照将于${formatDay(expiry, "zh-CN")}到期`);
    expect(reasonText(renewal!.reason, "en")).toBe(`Your passport expires on ${formatDay(expiry, "en")}`);
  });

  it("recommends the traffic-fines service to a vehicle owner, naming the plate", async () => {
    const home = await citizenHome();
    const fines = home.recommendations.find((r) => r.service.code === profileServiceCodes.trafficViolations);
    expect(fines?.reason).toMatchObject({ code: "vehicle", plate: expect.stringMatching(/^豫A/) });
    expect(fines?.pinned).toBe(false);
  });

  it("recommends nothing from the register to a citizen without documents or vehicles", async () => {
    const home = await citizenHome(spareId);
    expect(home.actions).toEqual([]);
    expect(home.recommendations).toEqual([]);
    expect(home.grid.length).toBeGreaterThan(0);
  });

  it("recommends 出生登记 after a birth in the household while no birth registration is under way", async () => {
    const [own] = await db
      .select({ householdId: residents.householdId })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", demoAccount("citizen").idNumber!)));
    const born = addDays(today(), -3);
    const [baby] = await db
      .insert(residents)
      .values({
        idNumberEnc: "test",
        idNumberHash: hashPii("id", `newborn-${born}`),
        name: "张小宝",
        sex: "M",
        birthDate: born,
        householdId: own!.householdId,
        relationToHead: "子",
      })
      .returning({ id: residents.id });
    try {
      const before = await citizenHome();
      const birth = before.recommendations.find((r) => r.service.code === profileServiceCodes.birthRegistration);
      expect(birth?.reason).toEqual({ code: "newborn", date: born });
      expect(before.recommendations[0]?.service.code).toBe(profileServiceCodes.birthRegistration);

      const applied = await insertTestApplication(db, {
        serviceCode: profileServiceCodes.birthRegistration,
        state: "station_review",
      });
      try {
        const after = await citizenHome();
        expect(after.recommendations.find((r) => r.reason.code === "newborn")).toBeUndefined();

        // Withdrawn, the birth is unregistered again and the recommendation comes back.
        await db.update(applications).set({ state: "withdrawn" }).where(eq(applications.id, applied.id));
        const withdrawn = await citizenHome();
        expect(withdrawn.recommendations.find((r) => r.reason.code === "newborn")?.reason).toEqual({
          code: "newborn",
          date: born,
        });
      } finally {
        await db.delete(applications).where(eq(applications.id, applied.id));
      }
    } finally {
      await db.delete(residents).where(eq(residents.id, baby!.id));
    }
  });

  it("counts a birth registration another member of the household applied for", async () => {
    const [own] = await db
      .select({ householdId: residents.householdId })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", demoAccount("citizen").idNumber!)));
    const born = addDays(today(), -5);
    const [baby] = await db
      .insert(residents)
      .values({
        idNumberEnc: "test",
        idNumberHash: hashPii("id", `newborn-other-${born}`),
        name: "张小禾",
        sex: "F",
        birthDate: born,
        householdId: own!.householdId,
        relationToHead: "女",
      })
      .returning({ id: residents.id });
    // The spouse's account, in the same household, applies; the citizen's own home stops asking.
    const [spouse] = await db
      .select({ id: residents.id })
      .from(residents)
      .where(and(eq(residents.householdId, own!.householdId), eq(residents.relationToHead, "配偶")));
    const spouseUser = await insertTestUser(db, { roles: ["citizen"], phone: "13900009999", password: "Demo@2026x" });
    await db
      .update(users)
      .set({ residentId: spouse!.id, verification: "verified", idNumberHash: hashPii("id", "spouse-test") })
      .where(eq(users.id, spouseUser.id));
    const [hz001] = await db.select().from(services).where(eq(services.code, profileServiceCodes.birthRegistration));
    const [app] = await db
      .insert(applications)
      .values({
        serviceId: hz001!.id,
        applicantId: spouseUser.id,
        applicantIdHash: "spouse-test",
        state: "county_review",
        submittedAt: new Date(),
      })
      .returning({ id: applications.id });
    try {
      const home = await citizenHome();
      expect(home.recommendations.find((r) => r.reason.code === "newborn")).toBeUndefined();
    } finally {
      await db.delete(applications).where(eq(applications.id, app!.id));
      await db.delete(users).where(eq(users.id, spouseUser.id));
      await db.delete(residents).where(eq(residents.id, baby!.id));
    }
  });

  it("does not call a birth more than 30 days ago a newborn", async () => {
    const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    const home = await citizenHome(citizenId, later);
    expect(home.recommendations.some((r) => r.reason.code === "newborn")).toBe(false);
  });
});

describe("applications waiting for the citizen", () => {
  it("lists a supplement request, a window visit due within 14 days and a paid draft, linking to each application", async () => {
    const fiftyDaysAgo = new Date(Date.now() - 50 * 24 * 3600 * 1000);
    const supplement = await insertTestApplication(db, {
      serviceCode: "HZ003",
      state: "needs_supplement",
      formData: {},
    });
    const dueSoon = await insertTestApplication(db, {
      serviceCode: "HZ004",
      state: "approved",
      formData: {},
      stateSince: fiftyDaysAgo,
    });
    const dueLater = await insertTestApplication(db, { serviceCode: "HZ005", state: "approved", formData: {} });
    // Approved 61 days ago: the deadline passed yesterday and the nightly job has not run yet.
    const lapsed = await insertTestApplication(db, {
      serviceCode: "HZ007",
      state: "approved",
      formData: {},
      stateSince: new Date(Date.now() - 61 * 24 * 3600 * 1000),
    });
    const posted = await insertTestApplication(db, {
      serviceCode: "HZ006",
      state: "approved",
      formData: {},
      stateSince: fiftyDaysAgo,
      delivery: {
        method: "post",
        recipient: "张明",
        phoneEnc: "x",
        address: "河南省郑州市金水区花园路18号",
        feeFen: 1500,
      },
    });
    const [hz002] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ002"));
    const citizen = await demoUserRow(db, "citizen");
    const [paidDraft] = await db
      .insert(applications)
      .values({
        serviceId: hz002!.id,
        applicantId: citizenId,
        applicantIdHash: citizen.idNumberHash!,
        paidAt: new Date(),
      })
      .returning();
    const ids = [supplement.id, dueSoon.id, dueLater.id, lapsed.id, posted.id, paidDraft!.id];
    try {
      const home = await citizenHome();
      const mine = home.actions.filter((a) => a.application);
      expect(mine.map((a) => a.application?.id)).toEqual([supplement.id, paidDraft!.id, dueSoon.id]);
      expect(mine[0]?.reason).toEqual({ code: "applicationSupplement", number: supplement.number });
      expect(mine[2]?.reason).toEqual({
        code: "applicationWindowVisit",
        number: dueSoon.number,
        date: dueSoon.windowDeadline,
      });
      expect(mine[0]?.application?.serviceName).toBe("购房入户");
      expect(reasonText(mine[2]!.reason)).toBe(
        `您的申请 ${dueSoon.number} 已批准，最迟${formatDay(dueSoon.windowDeadline!, "zh-CN")}（含当日）须到承办单位窗口办理`,
      );
      expect(reasonText(mine[1]!.reason, "en")).toBe(
        "You paid the postage for an application that is not submitted yet",
      );
      // Application items are the citizen's own business: they never become service recommendations.
      expect(home.recommendations.some((r) => r.reason.code.startsWith("application"))).toBe(false);
      expect((await citizenHome(spareId)).actions.some((a) => a.application)).toBe(false);
    } finally {
      await db.delete(applications).where(inArray(applications.id, ids));
    }
  });
});

describe("recommendations from usage", () => {
  it("says how often a service was used from what the citizen did with it, and that an opened guide was used recently", async () => {
    const [often, once] = [id(plain[0]), id(plain[1])];
    for (let i = 0; i < 3; i++) {
      await recordServiceUsage(db, { userId: citizenId, serviceId: often, kind: "start" });
      await recordServiceUsage(db, { userId: citizenId, serviceId: often, kind: "submit" });
    }
    for (let i = 0; i < 9; i++) await recordServiceUsage(db, { userId: citizenId, serviceId: often, kind: "view" });
    await recordServiceUsage(db, { userId: citizenId, serviceId: once, kind: "view" });

    const home = await citizenHome(spareId);
    expect(home.recommendations).toEqual([]);
    const mine = await citizenHome();
    const byCode = new Map(mine.recommendations.map((r) => [r.service.code, r.reason]));
    expect(byCode.get(plain[0])).toEqual({ code: "frequentlyUsed", count: 3 });
    expect(byCode.get(plain[1])).toEqual({ code: "recentlyUsed", date: today() });
    expect(reasonText(byCode.get(plain[0])!)).toBe("您已使用 3 次");
  });

  it("never calls a service booked once and its guide opened twelve times used 13 times", async () => {
    const booked = id(plain[2]);
    for (let i = 0; i < 12; i++) await recordServiceUsage(db, { userId: citizenId, serviceId: booked, kind: "view" });
    await recordServiceUsage(db, { userId: citizenId, serviceId: booked, kind: "submit" });
    const reason = (await citizenHome()).recommendations.find((r) => r.service.code === plain[2])?.reason;
    expect(reason).toEqual({ code: "recentlyUsed", date: today() });
  });

  it("forgets a service used once long ago", async () => {
    await recordServiceUsage(db, {
      userId: spareId,
      serviceId: id(plain[2]),
      kind: "view",
      at: new Date(Date.now() - 60 * 24 * 3600 * 1000),
    });
    expect((await citizenHome(spareId)).recommendations).toEqual([]);
  });
});

describe("layouts", () => {
  it("puts the user's pins first, then the pins of matching groups by priority, then recommendations", async () => {
    const low = await group("郑州市民", 10, { cityCodes: ["410100"] });
    const high = await group("有车一族", 20, { hasVehicle: true });
    await layout(low, [plain[2]]);
    await layout(high, [plain[1], plain[3]]);
    await layout({ userId: citizenId }, [plain[0]]);

    const home = await citizenHome();
    expect(home.recommendations.slice(0, 4).map((r) => [r.service.code, r.pinned])).toEqual([
      [plain[0], true],
      [plain[1], true],
      [plain[3], true],
      [plain[2], true],
    ]);
    expect(home.recommendations[0]?.reason).toEqual({ code: "pinned" });
    expect(home.recommendations[4]?.pinned).toBe(false);
    expect(home.groups.map((g) => g.name)).toEqual(["有车一族", "郑州市民"]);
  });

  it("says 为您置顶 for a pinned service the citizen also used, never that they used it", async () => {
    await recordServiceUsage(db, { userId: citizenId, serviceId: id(plain[4]), kind: "view" });
    await layout({ userId: citizenId }, [plain[4]]);
    const pinned = (await citizenHome()).recommendations.find((r) => r.service.code === plain[4]);
    expect(pinned).toMatchObject({ pinned: true, reason: { code: "pinned" } });
    expect(reasonText(pinned!.reason)).toBe("为您置顶");
  });

  it("lets a higher layer decide a service: the user's pin beats a group's hiding, a higher group beats a lower", async () => {
    const low = await group("低优先级", 1, {});
    const high = await group("高优先级", 5, {});
    await layout(low, [plain[1]], [plain[0]]);
    await layout(high, [], [plain[1]]);
    await layout({ userId: citizenId }, [plain[0]]);

    const codes = codesOnHome(await citizenHome());
    expect(codes.recommendations[0]).toBe(plain[0]);
    expect(codes.grid).toContain(plain[0]);
    expect(codes.recommendations).not.toContain(plain[1]);
    expect(codes.grid).not.toContain(plain[1]);
  });

  it("never shows a hidden service: not recommended, not among favourites, not in the grid, no link from an action", async () => {
    const renewal = profileServiceCodes.passportRenewal;
    await db.insert(favouriteServices).values({ userId: citizenId, serviceId: id(renewal) });
    await recordServiceUsage(db, { userId: citizenId, serviceId: id(renewal), kind: "view" });
    await layout({ userId: citizenId }, [], [renewal]);

    const home = await citizenHome();
    const codes = codesOnHome(home);
    for (const list of Object.values(codes)) expect(list).not.toContain(renewal);
    const action = home.actions.find((a) => a.reason.code === "travelDocumentExpiring");
    expect(action?.service).toBeNull();
  });

  it("never shows a disabled service, even pinned, starred or popular", async () => {
    const code = plain[4];
    await layout({ userId: citizenId }, [code]);
    await db.insert(favouriteServices).values({ userId: citizenId, serviceId: id(code) });
    await recordServiceUsage(db, { userId: citizenId, serviceId: id(code), kind: "view" });
    await db
      .update(services)
      .set({ enabled: false })
      .where(eq(services.id, id(code)));

    for (const list of Object.values(codesOnHome(await citizenHome()))) expect(list).not.toContain(code);
    const guest = await guestHome();
    expect(guest.mostUsed.map((s) => s.code)).not.toContain(code);
    expect(guest.grid.flatMap((c) => c.services.map((s) => s.code))).not.toContain(code);
  });

  it("applies a group only to citizens its rules match: city, age band, vehicle, travel document", async () => {
    // The demo citizen: Zhengzhou, born 1990, a car and a valid passport. The spare citizen has neither.
    const groups = {
      zhengzhou: await group("郑州", 1, { cityCodes: ["410100"] }),
      luoyang: await group("洛阳", 1, { cityCodes: ["410300"] }),
      thirties: await group("30至45岁", 1, { ageMin: 30, ageMax: 45 }),
      elderly: await group("60岁以上", 1, { ageMin: 60 }),
      drivers: await group("有车", 1, { hasVehicle: true }),
      travellers: await group("有出入境证件", 1, { hasTravelDocument: true }),
      noDocument: await group("无出入境证件", 1, { hasTravelDocument: false }),
    };
    for (const g of Object.values(groups)) await layout(g, [plain[0]]);

    const names = async (userId: string) => (await citizenHome(userId)).groups.map((g) => g.name).sort();
    expect(await names(citizenId)).toEqual(["30至45岁", "有出入境证件", "有车", "郑州"].sort());
    const spare = await names(spareId);
    expect(spare).toContain("无出入境证件");
    expect(spare).not.toContain("有车");
    expect(spare).not.toContain("有出入境证件");
  });

  it("shows a saved change on the next build, with no caching in between", async () => {
    expect((await citizenHome()).recommendations.some((r) => r.pinned)).toBe(false);
    await layout({ userId: citizenId }, [plain[3]]);
    expect((await citizenHome()).recommendations[0]).toMatchObject({ pinned: true, service: { code: plain[3] } });
  });
});

describe("favourites on the home", () => {
  it("lists starred services, newest first, and marks them in the grid", async () => {
    await db
      .insert(favouriteServices)
      .values({ userId: citizenId, serviceId: id(plain[0]), createdAt: new Date(Date.now() - 1000) });
    await db.insert(favouriteServices).values({ userId: citizenId, serviceId: id(plain[1]) });
    const home = await citizenHome();
    expect(home.favourites.map((s) => s.code)).toEqual([plain[1], plain[0]]);
    const inGrid = home.grid
      .flatMap((c) => c.services)
      .filter((s) => s.favourite)
      .map((s) => s.code);
    expect(inGrid.sort()).toEqual([plain[0], plain[1]].sort());
    expect((await citizenHome(spareId)).favourites).toEqual([]);
  });
});

describe("a guest's home", () => {
  it("shows the services used most over the last 30 days, by everyone", async () => {
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
    for (let i = 0; i < 3; i++)
      await recordServiceUsage(db, { userId: citizenId, serviceId: id(plain[2]), kind: "view" });
    await recordServiceUsage(db, { userId: spareId, serviceId: id(plain[3]), kind: "view" });
    await recordServiceUsage(db, { userId: spareId, serviceId: id(plain[3]), kind: "submit" });
    await db.insert(serviceUsageEvents).values({ userId: null, serviceId: id(plain[1]), kind: "view", at: at(1) });
    for (let i = 0; i < 5; i++) {
      await db.insert(serviceUsageEvents).values({ userId: null, serviceId: id(plain[0]), kind: "view", at: at(45) });
    }

    const home = await guestHome();
    expect(home.mostUsed.map((s) => [s.code, s.uses])).toEqual([
      [plain[2], 3],
      [plain[3], 2],
      [plain[1], 1],
    ]);
    expect(home.mostUsed.every((s) => !s.favourite)).toBe(true);
    const all = await db.select({ id: services.id }).from(services).where(eq(services.enabled, true));
    expect(home.grid.flatMap((c) => c.services)).toHaveLength(all.length);
  });

  it("shows no most-used list before anyone has used a service", async () => {
    expect((await guestHome()).mostUsed).toEqual([]);
  });
});

describe("citizens without a register entry", () => {
  it("still get their favourites and the grid", async () => {
    const [row] = await db
      .insert(users)
      .values({ roles: ["citizen"], name: "测试用户", passwordHash: "x" })
      .returning({ id: users.id });
    await db.insert(favouriteServices).values({ userId: row!.id, serviceId: id(plain[0]) });
    const home = await citizenHome(row!.id);
    expect(home.actions).toEqual([]);
    expect(home.favourites.map((s) => s.code)).toEqual([plain[0]]);
    await db.delete(favouriteServices).where(inArray(favouriteServices.userId, [row!.id]));
  });
});
