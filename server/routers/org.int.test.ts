import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { orgUnits, users } from "@/db/schema";
import { type DemoAccountKey, demoAccount } from "@/server/seed/demo-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { hashPii } from "@/server/crypto/pii";
import { columnUnder } from "@/server/orgs/scope";
import { createTestDb } from "@/test/db";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});

afterAll(async () => {
  await h?.close();
});

async function sessionUser(key: DemoAccountKey): Promise<SessionUser> {
  const { login, loginKind } = demoAccount(key);
  const [row] = await db
    .select({ id: users.id, name: users.name, roles: users.roles, orgUnitId: users.orgUnitId })
    .from(users)
    .where(loginKind === "phone" ? eq(users.phoneHash, hashPii("phone", login)) : eq(users.account, login));
  if (!row) throw new Error(`demo account ${key} is not seeded`);
  return { id: row.id, name: row.name, roles: row.roles, orgUnitId: row.orgUnitId };
}

const callerFor = (user: Who) => callerAs(db, user);

async function as(key: DemoAccountKey) {
  return callerFor(await sessionUser(key));
}

async function countWithin(path: string, level: "county" | "station") {
  const [row] = await db
    .select({ n: count() })
    .from(orgUnits)
    .where(and(columnUnder(orgUnits.path, path), eq(orgUnits.level, level)));
  return row?.n ?? 0;
}

describe("org.myUnit", () => {
  it("refuses anonymous visitors, citizens, insurers and admins", async () => {
    await expect(callerFor(null).org.myUnit()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await as("citizen")).org.myUnit()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await as("insurer")).org.myUnit()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await as("admin")).org.myUnit()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("names a station officer's own station in full, with nothing below it", async () => {
    const result = await (await as("stationOfficer")).org.myUnit();
    expect(result.chain.map((u) => u.code)).toEqual(["410000", "410100", "410105", "41010501"]);
    expect(result.chain.map((u) => u.level)).toEqual(["province", "city", "county", "station"]);
    expect(result.chain.at(-1)?.name).toMatch(/派出所$/);
    expect(result.below).toEqual({ city: 0, county: 0, station: 0, desk: 0 });
  });

  it("counts only the stations inside a county approver's own subtree", async () => {
    const result = await (await as("countyApprover")).org.myUnit();
    expect(result.chain.map((u) => u.code)).toEqual(["410000", "410100", "410105"]);
    const own = await countWithin("/410000/410100/410105/", "station");
    const province = await countWithin("/410000/", "station");
    expect(own).toBeGreaterThanOrEqual(2);
    expect(result.below).toEqual({ city: 0, county: 0, station: own, desk: 0 });
    expect(result.below.station).toBeLessThan(province);
  });

  it("gives an officer of another city that city's chain, never Zhengzhou's", async () => {
    const result = await (await as("luoyangStationOfficer")).org.myUnit();
    expect(result.chain.map((u) => u.code)).toEqual(["410000", "410300", "410305", "41030501"]);
    expect(result.chain.some((u) => u.code === "410100")).toBe(false);
  });

  it("counts the counties, stations and desks below a city-level officer", async () => {
    const result = await (await as("trafficOfficer")).org.myUnit();
    expect(result.chain.map((u) => u.code)).toEqual(["410000", "410100"]);
    expect(result.below).toEqual({
      city: 0,
      county: await countWithin("/410000/410100/", "county"),
      station: await countWithin("/410000/410100/", "station"),
      desk: 8,
    });
  });
});

describe("org.summary", () => {
  it("refuses anonymous visitors, citizens and officers", async () => {
    await expect(callerFor(null).org.summary()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await as("citizen")).org.summary()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await as("stationOfficer")).org.summary()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await as("countyApprover")).org.summary()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("gives an admin all 18 cities with the counties and stations under each", async () => {
    const summary = await (await as("admin")).org.summary();
    expect(summary.totals.cities).toBe(18);
    expect(summary.cities.map((c) => c.code)).toHaveLength(18);
    expect(summary.cities[0]).toMatchObject({ code: "410100", name: "郑州市公安局" });
    const zhengzhou = summary.cities.find((c) => c.code === "410100");
    expect(zhengzhou).toMatchObject({
      counties: await countWithin("/410000/410100/", "county"),
      stations: await countWithin("/410000/410100/", "station"),
    });
    expect(summary.totals.counties).toBe(await countWithin("/410000/", "county"));
    expect(summary.totals.stations).toBe(await countWithin("/410000/", "station"));
    expect(summary.cities.reduce((sum, c) => sum + c.stations, 0)).toBe(summary.totals.stations);
  });
});

describe("org.stations", () => {
  it("lists every station under its county and city, for anyone, signed in or not", async () => {
    const counties = await callerFor(null).org.stations();
    const stations = counties.flatMap((c) => c.stations);
    expect(stations).toHaveLength(await countWithin("/410000/", "station"));
    const jinshui = counties.find((c) => c.code === "410105");
    expect(jinshui).toMatchObject({ name: "金水区公安分局", cityName: "郑州市公安局" });
    expect(jinshui?.stations.map((s) => s.name)).toEqual([
      "花园路派出所",
      "经八路派出所",
      "文化路派出所",
      "丰产路派出所",
    ]);
    expect(jinshui?.stations[0]?.address).toBe("河南省郑州市金水区花园路62号");
    expect(counties.every((c) => c.stations.length > 0)).toBe(true);
    expect(await (await as("citizen")).org.stations()).toEqual(counties);
  });
});
