import { and, count, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { households, orgUnits, residentIdCards, residents, users } from "@/db/schema";
import { verifyPassword } from "@/server/accounts/password";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { validateIdNumber } from "@/server/population/id-number";
import { createTestDb } from "@/test/db";
import { deskUnitTypes } from "@/server/applications/engine-config";
import { columnUnder, pathUnder } from "@/server/orgs/scope";
import { demoAccounts } from "./demo-accounts";
import { sampleResidentsByCity } from "./population";
import { seedDatabase } from "./seed-database";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});

afterAll(async () => {
  await h?.close();
});

async function units() {
  return db.select().from(orgUnits);
}

describe("seeded org tree", () => {
  it("has the province and all 18 city bureaus with their real codes", async () => {
    const all = await units();
    expect(all.find((u) => u.level === "province")).toMatchObject({
      code: "410000",
      name: "河南省公安厅",
      path: "/410000/",
    });
    const cities = all
      .filter((u) => u.level === "city")
      .map((u) => [u.code, u.name])
      .sort();
    expect(cities).toEqual([
      ["410100", "郑州市公安局"],
      ["410200", "开封市公安局"],
      ["410300", "洛阳市公安局"],
      ["410400", "平顶山市公安局"],
      ["410500", "安阳市公安局"],
      ["410600", "鹤壁市公安局"],
      ["410700", "新乡市公安局"],
      ["410800", "焦作市公安局"],
      ["410900", "濮阳市公安局"],
      ["411000", "许昌市公安局"],
      ["411100", "漯河市公安局"],
      ["411200", "三门峡市公安局"],
      ["411300", "南阳市公安局"],
      ["411400", "商丘市公安局"],
      ["411500", "信阳市公安局"],
      ["411600", "周口市公安局"],
      ["411700", "驻马店市公安局"],
      ["419001", "济源市公安局"],
    ]);
  });

  it("has every district and county of 郑州, 开封 and 洛阳 under its city, with current codes", async () => {
    const all = await units();
    const countiesOf = (cityCode: string) =>
      all
        .filter((u) => u.level === "county" && u.path === `/410000/${cityCode}/${u.code}/`)
        .map((u) => [u.code, u.name])
        .sort();
    expect(countiesOf("410100")).toEqual([
      ["410102", "中原区公安分局"],
      ["410103", "二七区公安分局"],
      ["410104", "管城回族区公安分局"],
      ["410105", "金水区公安分局"],
      ["410106", "上街区公安分局"],
      ["410108", "惠济区公安分局"],
      ["410122", "中牟县公安局"],
      ["410181", "巩义市公安局"],
      ["410182", "荥阳市公安局"],
      ["410183", "新密市公安局"],
      ["410184", "新郑市公安局"],
      ["410185", "登封市公安局"],
    ]);
    expect(countiesOf("410200")).toEqual([
      ["410202", "龙亭区公安分局"],
      ["410203", "顺河回族区公安分局"],
      ["410204", "鼓楼区公安分局"],
      ["410205", "禹王台区公安分局"],
      ["410212", "祥符区公安分局"],
      ["410221", "杞县公安局"],
      ["410222", "通许县公安局"],
      ["410223", "尉氏县公安局"],
      ["410225", "兰考县公安局"],
    ]);
    expect(countiesOf("410300")).toEqual([
      ["410302", "老城区公安分局"],
      ["410303", "西工区公安分局"],
      ["410304", "瀍河回族区公安分局"],
      ["410305", "涧西区公安分局"],
      ["410307", "偃师区公安分局"],
      ["410308", "孟津区公安分局"],
      ["410311", "洛龙区公安分局"],
      ["410323", "新安县公安局"],
      ["410324", "栾川县公安局"],
      ["410325", "嵩县公安局"],
      ["410326", "汝阳县公安局"],
      ["410327", "宜阳县公安局"],
      ["410328", "洛宁县公安局"],
      ["410329", "伊川县公安局"],
    ]);
    // Codes retired by the 2014 and 2021 reorganisations must not reappear.
    for (const retired of ["410211", "410224", "410306", "410322", "410381"]) {
      expect(all.some((u) => u.code === retired)).toBe(false);
    }
  });

  it("has at least two police stations with an address under every district and county of the three cities", async () => {
    const all = await units();
    const counties = all.filter((u) => u.level === "county" && /^\/410000\/410[123]00\//.test(u.path));
    expect(counties).toHaveLength(35);
    for (const county of counties) {
      const stations = all.filter((u) => u.parentId === county.id);
      expect(stations.length, county.name).toBeGreaterThanOrEqual(2);
      for (const s of stations) {
        expect(s.level).toBe("station");
        expect(s.name).toMatch(/派出所$/);
        expect(s.nameEn).toMatch(/Police Station$/);
        expect(s.code).toMatch(new RegExp(`^${county.code}\\d{2}$`));
        expect(s.address).toMatch(/^河南省/);
        // The window-visit card prints it: a landline with the city's area code.
        expect(s.phone).toMatch(/^03\d{2}-\d{8}$/);
      }
    }
    expect(all.find((u) => u.code === "41010501")).toMatchObject({
      name: "花园路派出所",
      path: "/410000/410100/410105/41010501/",
      phone: "0371-60105001",
    });
  });

  it("has stations in every city and one desk of each type under every city bureau", async () => {
    const all = await units();
    for (const city of all.filter((u) => u.level === "city")) {
      const under = all.filter((u) => pathUnder(city.path, u.path) && u.id !== city.id);
      const stations = under.filter((u) => u.level === "station");
      expect(stations.length, city.name).toBeGreaterThanOrEqual(2);
      for (const s of stations) {
        expect(s.unitType).toBe("station");
        expect(s.address, s.code).toMatch(new RegExp(`^河南省${city.name.replace("公安局", "")}`));
        expect(s.phone, s.code).toMatch(/^03\d{2}-\d{8}$/);
      }
      const desks = under.filter((u) => u.level === "desk");
      expect(desks.map((d) => d.unitType).sort(), city.name).toEqual([...deskUnitTypes].sort());
      for (const d of desks) {
        expect(d.parentId).toBe(city.id);
        expect(d.code).toMatch(new RegExp(`^${city.code}9[1-8]$`));
        expect(d.name.startsWith(city.name)).toBe(true);
        expect(d.address, d.code).toMatch(/^河南省/);
        expect(d.phone, d.code).toMatch(/^03\d{2}-\d{8}$/);
      }
      for (const u of under.filter((x) => x.level === "county")) expect(u.unitType).toBe("bureau");
    }
    expect(all.find((u) => u.code === "41010091")).toMatchObject({
      name: "郑州市公安局交通警察支队车辆管理所",
      level: "desk",
      unitType: "vehicle_admin",
      path: "/410000/410100/41010091/",
    });
    const phones = all.flatMap((u) => (u.phone ? [u.phone] : []));
    expect(new Set(phones).size).toBe(phones.length);
  });

  it("keeps every path equal to the parent's path plus its own code", async () => {
    const all = await units();
    const byId = new Map(all.map((u) => [u.id, u]));
    const depthOf = { province: 0, city: 1, county: 2, station: 3, desk: 2 } as const;
    for (const u of all) {
      expect(u.nameEn, u.code).toBeTruthy();
      const parent = u.parentId ? byId.get(u.parentId) : undefined;
      expect(u.path, u.code).toBe(`${parent?.path ?? "/"}${u.code}/`);
      expect(u.path.split("/").length - 3, u.code).toBe(depthOf[u.level]);
    }
  });
});

describe("seeded population register", () => {
  it("holds about 300 residents in about 100 households of the three cities, and a household in each other city", async () => {
    const rows = await db
      .select({ path: orgUnits.path, level: orgUnits.level })
      .from(households)
      .innerJoin(orgUnits, eq(households.orgUnitId, orgUnits.id));
    for (const r of rows) expect(r.level).toBe("station");
    const firstCities = rows.filter((r) => /^\/410000\/410[123]00\//.test(r.path));
    expect(firstCities.length).toBeGreaterThanOrEqual(90);
    expect(firstCities.length).toBeLessThanOrEqual(110);
    const [{ n: residentCount }] = (await db.select({ n: count() }).from(residents)) as [{ n: number }];
    expect(residentCount).toBeGreaterThanOrEqual(250);
    expect(residentCount).toBeLessThanOrEqual(400);
    const cities = new Set(rows.map((r) => r.path.split("/")[2]));
    expect(cities.size).toBe(18);
  });

  it("stores only encrypted ID numbers that decrypt to valid GB 11643 numbers matching the row", async () => {
    const rows = await db
      .select({ resident: residents, stationPath: orgUnits.path })
      .from(residents)
      .innerJoin(households, eq(residents.householdId, households.id))
      .innerJoin(orgUnits, eq(households.orgUnitId, orgUnits.id));
    const heads = new Set<string>();
    for (const { resident, stationPath } of rows) {
      expect(resident.idNumberEnc).not.toMatch(/\d{17}/);
      const idNumber = decryptPii(resident.idNumberEnc);
      const check = validateIdNumber(idNumber);
      expect(check).toEqual({
        ok: true,
        // 济源's branch is coded city code + "00"; its people carry the city's own region code.
        regionCode: stationPath.split("/")[3]!.slice(0, 6),
        birthDate: resident.birthDate,
        sex: resident.sex,
      });
      expect(hashPii("id", idNumber)).toBe(resident.idNumberHash);
      expect(resident.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      if (resident.relationToHead === "户主") heads.add(resident.householdId);
    }
    const [{ n: householdCount }] = (await db.select({ n: count() }).from(households)) as [{ n: number }];
    expect(heads.size).toBe(householdCount);
  });
});

describe("sample residents by city", () => {
  it("names an active adult with a household at a station of each of the 18 cities", async () => {
    const samples = sampleResidentsByCity();
    expect(samples.map((s) => s.cityCode)).toHaveLength(18);
    for (const sample of samples) {
      const [row] = await db
        .select({ resident: residents, stationPath: orgUnits.path, stationCode: orgUnits.code })
        .from(residents)
        .innerJoin(households, eq(residents.householdId, households.id))
        .innerJoin(orgUnits, eq(households.orgUnitId, orgUnits.id))
        .where(eq(residents.idNumberHash, hashPii("id", sample.resident.idNumber)));
      expect(row, sample.cityCode).toBeDefined();
      expect(row!.resident.status).toBe("active");
      expect(row!.resident.birthDate < "2007-01-01").toBe(true);
      expect(row!.stationCode).toBe(sample.stationCode);
      expect(pathUnder(`/410000/${sample.cityCode}/`, row!.stationPath)).toBe(true);
    }
  });
});

describe("seeded demo accounts", () => {
  it.each(demoAccounts.map((a) => [a.key, a] as const))(
    "%s can be found by its login, with its roles and unit",
    async (_key, account) => {
      const [user] = await db
        .select({ user: users, unitCode: orgUnits.code })
        .from(users)
        .leftJoin(orgUnits, eq(users.orgUnitId, orgUnits.id))
        .where(
          account.loginKind === "phone"
            ? eq(users.phoneHash, hashPii("phone", account.login))
            : eq(users.account, account.login),
        );
      expect(user).toBeDefined();
      const u = user!.user;
      expect(u.roles).toEqual(account.roles);
      expect(u.name).toBe(account.name);
      expect(u.status).toBe("active");
      expect(user!.unitCode).toBe(account.orgUnitCode);
      expect(await verifyPassword(u.passwordHash, account.password)).toBe(true);
      expect(await verifyPassword(u.passwordHash, `${account.password}x`)).toBe(false);
      if (account.totpSecret) {
        expect(decryptPii(u.totpSecretEnc!)).toBe(account.totpSecret);
        expect(u.totpEnabledAt).toBeInstanceOf(Date);
      } else {
        expect(u.totpSecretEnc).toBeNull();
        expect(u.totpEnabledAt).toBeNull();
      }
    },
  );

  it("ties the citizen to a 金水区 resident with the same name and ID number, verified", async () => {
    const citizen = demoAccounts.find((a) => a.key === "citizen")!;
    const [row] = await db
      .select({ user: users, resident: residents, stationPath: orgUnits.path })
      .from(users)
      .innerJoin(residents, eq(users.residentId, residents.id))
      .innerJoin(households, eq(residents.householdId, households.id))
      .innerJoin(orgUnits, eq(households.orgUnitId, orgUnits.id))
      .where(eq(users.phoneHash, hashPii("phone", "13800138000")));
    expect(row).toBeDefined();
    expect(row!.user.verification).toBe("verified");
    expect(decryptPii(row!.user.phoneEnc!)).toBe("13800138000");
    expect(decryptPii(row!.user.idNumberEnc!)).toBe(citizen.idNumber);
    expect(row!.user.idNumberHash).toBe(row!.resident.idNumberHash);
    expect(row!.resident.name).toBe(citizen.name);
    expect(row!.stationPath).toMatch(/^\/410000\/410100\/410105\//);
  });

  it("puts the Luoyang officer outside the 金水区 officers' jurisdiction", async () => {
    const all = await units();
    const pathOf = (code: string | null) => all.find((u) => u.code === code)!.path;
    const jinshui = pathOf(demoAccounts.find((a) => a.key === "countyApprover")!.orgUnitCode);
    expect(pathOf(demoAccounts.find((a) => a.key === "stationOfficer")!.orgUnitCode).startsWith(jinshui)).toBe(true);
    expect(pathOf(demoAccounts.find((a) => a.key === "luoyangStationOfficer")!.orgUnitCode).startsWith(jinshui)).toBe(
      false,
    );
  });
});

describe("seedDatabase", () => {
  it("changes nothing when the database is already seeded", async () => {
    const counts = async () =>
      Promise.all(
        [orgUnits, households, residents, users].map(async (t) => (await db.select({ n: count() }).from(t))[0]!.n),
      );
    const before = await counts();
    expect(await seedDatabase(db)).toEqual({ seeded: false });
    expect(await counts()).toEqual(before);
  });
});

describe("foundation additions", () => {
  it("brings a database seeded before the whole-province tree to the current seed, touching nothing else", async () => {
    const own = await createTestDb();
    try {
      const odb = own.db;
      const luohe = "/410000/411100/";
      const [luoheHousehold] = await odb
        .select({ id: households.id })
        .from(households)
        .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
        .where(columnUnder(orgUnits.path, luohe));
      await odb
        .delete(residentIdCards)
        .where(
          inArray(
            residentIdCards.residentId,
            odb.select({ id: residents.id }).from(residents).where(eq(residents.householdId, luoheHousehold!.id)),
          ),
        );
      await odb.delete(residents).where(eq(residents.householdId, luoheHousehold!.id));
      await odb.delete(households).where(eq(households.id, luoheHousehold!.id));
      await odb.delete(orgUnits).where(and(columnUnder(orgUnits.path, luohe), ne(orgUnits.code, "411100")));
      await odb.delete(users).where(eq(users.account, "410100002"));
      const [{ n: before }] = (await odb.select({ n: count() }).from(orgUnits)) as [{ n: number }];

      expect(await seedDatabase(odb)).toEqual({ seeded: true });

      const [{ n: after }] = (await odb.select({ n: count() }).from(orgUnits)) as [{ n: number }];
      expect(after - before).toBe(1 + 2 + 8);
      const desks = await odb
        .select({ unitType: orgUnits.unitType })
        .from(orgUnits)
        .where(and(columnUnder(orgUnits.path, luohe), eq(orgUnits.level, "desk")));
      expect(desks).toHaveLength(8);
      const sample = sampleResidentsByCity().find((s) => s.cityCode === "411100")!;
      expect(await odb.$count(residents, eq(residents.idNumberHash, hashPii("id", sample.resident.idNumber)))).toBe(1);
      const [approver] = await odb
        .select({ unitCode: orgUnits.code })
        .from(users)
        .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
        .where(eq(users.account, "410100002"));
      expect(approver?.unitCode).toBe("410100");
      expect(await seedDatabase(odb)).toEqual({ seeded: false });
    } finally {
      await own.close();
    }
  });
});
