import { makeIdNumber } from "@/server/population/id-number";
import { henanOrgs, type SeedOrgUnit } from "./henan-orgs";
import { seededRandom } from "./seeded-random";

/**
 * A sample population register: about a hundred households at the stations of 郑州, 开封 and 洛阳, then one
 * household in each of the other 15 cities. Generated from fixed PRNG seeds, so every database (app, test
 * template, e2e) holds the same people and the same ID numbers.
 */
export type SeedResident = {
  idNumber: string;
  name: string;
  sex: "M" | "F";
  birthDate: string;
  ethnicity: string;
  relationToHead: string;
};

export type SeedHousehold = {
  householdNumber: string;
  type: "family";
  address: string;
  /** The station (派出所) that keeps the household's register. */
  orgUnitCode: string;
  members: SeedResident[];
};

const demoStationCode = "41010501";

/** Fixed residents that demo accounts and flows rely on; all in one 金水区 household at 花园路派出所. */
export const demoResidents = {
  /** The demo citizen account's own register entry. */
  citizen: person("410105", "张明", "M", "1990-05-12", "123", "户主"),
  /** In the register but without an account: for real-name registration. */
  unregistered: person("410105", "李娜", "F", "1992-08-20", "246", "配偶"),
  daughter: person("410105", "张雨涵", "F", "2019-03-15", "028", "女"),
  mother: person("410105", "王秀兰", "F", "1963-10-02", "064", "母亲"),
} satisfies Record<string, SeedResident>;

function person(
  region: string,
  name: string,
  sex: "M" | "F",
  birthDate: string,
  sequence: string,
  relationToHead: string,
): SeedResident {
  return {
    idNumber: makeIdNumber(region, birthDate, sequence),
    name,
    sex,
    birthDate,
    ethnicity: "汉族",
    relationToHead,
  };
}

const surnames = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "赵",
  "郭",
  "孙",
  "周",
  "马",
  "胡",
  "朱",
  "高",
  "吴",
  "宋",
  "徐",
  "董",
  "黄",
  "何",
  "许",
  "韩",
  "冯",
  "程",
  "曹",
  "袁",
  "邓",
  "田",
  "任",
  "范",
  "魏",
  "崔",
  "贾",
  "杜",
  "牛",
  "耿",
];

/** Given names by generation, because names follow fashions: 建国 and 秀英 were born before 1970. */
const givenNames = {
  M: [
    {
      upTo: 1969,
      names: ["建国", "建军", "国强", "志刚", "长林", "国庆", "保国", "振华", "德胜", "永刚", "卫东", "富贵"],
    },
    {
      upTo: 1994,
      names: [
        "伟",
        "磊",
        "军",
        "勇",
        "涛",
        "斌",
        "鹏",
        "超",
        "强",
        "明",
        "刚",
        "辉",
        "晓东",
        "海涛",
        "志强",
        "建华",
        "文博",
        "振宇",
      ],
    },
    {
      upTo: 9999,
      names: ["浩然", "子轩", "宇航", "一鸣", "梓豪", "浩宇", "俊杰", "博文", "子墨", "天佑", "嘉诚", "思远"],
    },
  ],
  F: [
    {
      upTo: 1969,
      names: ["秀英", "桂兰", "玉梅", "秀兰", "凤英", "淑珍", "桂英", "秀珍", "玉兰", "素芳", "红霞", "丽华"],
    },
    {
      upTo: 1994,
      names: [
        "丽",
        "静",
        "敏",
        "燕",
        "艳",
        "娟",
        "霞",
        "芳",
        "娜",
        "晓梅",
        "丽娟",
        "雪梅",
        "海燕",
        "婷婷",
        "晓丽",
        "亚楠",
      ],
    },
    {
      upTo: 9999,
      names: ["子涵", "欣怡", "梓涵", "雨涵", "诗琪", "可馨", "佳怡", "思彤", "一诺", "若曦", "语桐", "梦瑶"],
    },
  ],
} as const;

/** Districts with a large Hui community (回族区), where some households are registered as 回族. */
const huiCounties = new Set(["410104", "410203", "410304"]);

/** Nobody in the sample is born after this, so the register stays valid whatever today is. */
const latestBirthYear = 2024;

/** The cities whose stations the first hundred households are spread over (the seed's first tree). */
const firstCities = ["410100", "410200", "410300"];
const cityOf = (unit: { path: string }) => unit.path.split("/")[2]!;

function buildPopulation(): SeedHousehold[] {
  const random = seededRandom(20260101);
  const allStations = henanOrgs.filter((u) => u.level === "station");
  const stations = allStations.filter((s) => firstCities.includes(cityOf(s)));
  const usedIds = new Set<string>(Object.values(demoResidents).map((r) => r.idNumber));
  const nextHouseholdSeq = new Map<string, number>();

  const householdNumber = (stationCode: string) => {
    const seq = (nextHouseholdSeq.get(stationCode) ?? 0) + 1;
    nextHouseholdSeq.set(stationCode, seq);
    return `${stationCode}${String(seq).padStart(4, "0")}`;
  };

  const streetOf = (stationCode: string) => {
    const station = allStations.find((s) => s.code === stationCode);
    if (!station?.address) throw new Error(`no seeded station ${stationCode}`);
    return station.address.replace(/\d+号$/, "");
  };

  const addressOn = (street: string) => {
    const house = random.int(1, 199);
    // Town roads have single houses, city streets have residential compounds (院/楼/单元).
    if (street.includes("镇")) return `${street}${house}号`;
    return `${street}${house}号院${random.int(1, 12)}号楼${random.int(1, 4)}单元${random.int(1, 18)}0${random.int(1, 4)}室`;
  };

  const birthDateIn = (year: number) => {
    const day = new Date(Date.UTC(year, 0, 1 + random.int(0, 364)));
    return day.toISOString().slice(0, 10);
  };

  const given = (sex: "M" | "F", year: number) => random.pick(givenNames[sex].find((g) => year <= g.upTo)!.names);

  const resident = (
    region: string,
    surname: string,
    sex: "M" | "F",
    year: number,
    relationToHead: string,
    ethnicity: string,
  ): SeedResident => {
    const birthDate = birthDateIn(year);
    let sequence = random.int(0, 499) * 2 + (sex === "M" ? 1 : 0);
    let idNumber = makeIdNumber(region, birthDate, sequence);
    while (usedIds.has(idNumber)) {
      sequence = (sequence + 2) % 1000;
      idNumber = makeIdNumber(region, birthDate, sequence);
    }
    usedIds.add(idNumber);
    return { idNumber, name: surname + given(sex, year), sex, birthDate, ethnicity, relationToHead };
  };

  const households: SeedHousehold[] = [
    {
      householdNumber: householdNumber(demoStationCode),
      type: "family",
      address: `${streetOf(demoStationCode)}18号院3号楼2单元501室`,
      orgUnitCode: demoStationCode,
      members: [demoResidents.citizen, demoResidents.unregistered, demoResidents.daughter, demoResidents.mother],
    },
  ];

  for (let i = 0; i < 99; i++) {
    const station = stations[i % stations.length]!;
    const region = station.parentCode!;
    const ethnicity = huiCounties.has(region) && random.chance(0.35) ? "回族" : "汉族";
    const roll = random.int(1, 100);
    const size = roll <= 8 ? 1 : roll <= 28 ? 2 : roll <= 62 ? 3 : roll <= 84 ? 4 : 5;

    const headSex = random.chance(0.72) ? "M" : "F";
    const headYear = random.int(1952, 1998);
    const headSurname = random.pick(surnames);
    const members = [resident(region, headSurname, headSex, headYear, "户主", ethnicity)];

    let fatherSurname = headSex === "M" ? headSurname : undefined;
    let motherYear = headSex === "F" ? headYear : undefined;
    if (size >= 2 && !random.chance(0.1)) {
      const spouseSex = headSex === "M" ? "F" : "M";
      const spouseYear = Math.min(headYear + random.int(-3, 4), 2000);
      const spouseSurname = random.pick(surnames);
      members.push(resident(region, spouseSurname, spouseSex, spouseYear, "配偶", ethnicity));
      if (spouseSex === "M") fatherSurname = spouseSurname;
      else motherYear = spouseYear;
    }

    if (size - members.length >= 2 && headYear >= 1965 && random.chance(0.35)) {
      const parentSex = random.chance(0.5) ? "M" : "F";
      const parentSurname = parentSex === "M" ? headSurname : random.pick(surnames);
      members.push(
        resident(
          region,
          parentSurname,
          parentSex,
          headYear - random.int(24, 32),
          parentSex === "M" ? "父亲" : "母亲",
          ethnicity,
        ),
      );
    }

    const parentYear = motherYear ?? headYear;
    const childYears = Array.from({ length: size - members.length }, () =>
      Math.min(parentYear + random.int(22, 34), latestBirthYear),
    ).sort((a, b) => a - b);
    for (const childYear of childYears) {
      const childSex = random.chance(0.5) ? "M" : "F";
      members.push(
        resident(region, fatherSurname ?? headSurname, childSex, childYear, childSex === "M" ? "子" : "女", ethnicity),
      );
    }

    households.push({
      householdNumber: householdNumber(station.code),
      type: "family",
      address: addressOn(streetOf(station.code)),
      orgUnitCode: station.code,
      members,
    });
  }

  // One household in each other city, drawn from a PRNG of its own so the people above stay the same.
  const cityRandom = seededRandom(20261207);
  for (const city of henanOrgs.filter((u) => u.level === "city" && !firstCities.includes(u.code))) {
    const station = allStations.find((s) => cityOf(s) === city.code);
    if (!station) throw new Error(`no seeded station in ${city.name}`);
    const region = sampleRegionOf(station);
    const surname = cityRandom.pick(surnames);
    const headSex = cityRandom.chance(0.6) ? "M" : "F";
    const headYear = cityRandom.int(1960, 1995);
    const spouseSex = headSex === "M" ? "F" : "M";
    const head = cityResident(region, surname, headSex, headYear, "户主");
    const spouse = cityResident(region, cityRandom.pick(surnames), spouseSex, headYear + cityRandom.int(-3, 3), "配偶");
    const childSex = cityRandom.chance(0.5) ? "M" : "F";
    const fatherSurname = headSex === "M" ? surname : spouse.name.slice(0, 1);
    const child = cityResident(
      region,
      fatherSurname,
      childSex,
      Math.min(headYear + 28, latestBirthYear),
      childSex === "M" ? "子" : "女",
    );
    const house = cityRandom.int(1, 199);
    households.push({
      householdNumber: householdNumber(station.code),
      type: "family",
      address: `${streetOf(station.code)}${house}号院${cityRandom.int(1, 12)}号楼${cityRandom.int(1, 4)}单元${cityRandom.int(1, 18)}0${cityRandom.int(1, 4)}室`,
      orgUnitCode: station.code,
      members: [head, spouse, child],
    });
  }

  function cityResident(region: string, surname: string, sex: "M" | "F", year: number, relationToHead: string) {
    const birthDate = new Date(Date.UTC(year, 0, 1 + cityRandom.int(0, 364))).toISOString().slice(0, 10);
    let sequence = cityRandom.int(0, 499) * 2 + (sex === "M" ? 1 : 0);
    while (usedIds.has(makeIdNumber(region, birthDate, sequence))) sequence = (sequence + 2) % 1000;
    const idNumber = makeIdNumber(region, birthDate, sequence);
    usedIds.add(idNumber);
    const name = surname + cityRandom.pick(givenNames[sex].find((g) => year <= g.upTo)!.names);
    return { idNumber, name, sex, birthDate, ethnicity: "汉族", relationToHead } satisfies SeedResident;
  }

  return households;
}

/**
 * The ID-number region of a station's residents: its county's code; 济源's stations sit under a branch of
 * the city bureau (no GB/T 2260 county exists), so its people carry the city's own code 419001.
 */
function sampleRegionOf(station: SeedOrgUnit): string {
  const county = station.parentCode!;
  return county.length === 6 ? county : county.slice(0, 6);
}

export const population: readonly SeedHousehold[] = buildPopulation();

/** The households in 郑州, 开封 and 洛阳: the travel-document, vehicle and licence registers are drawn for them. */
export const firstCitiesPopulation: readonly SeedHousehold[] = population.filter((h) =>
  firstCities.includes(cityOfStation(h.orgUnitCode)),
);

function cityOfStation(stationCode: string): string {
  const station = henanOrgs.find((u) => u.code === stationCode);
  if (!station) throw new Error(`no seeded station ${stationCode}`);
  return cityOf(station);
}

/**
 * One active adult resident with a household per city, all 18: the household head of the city's first
 * sample household. For tests that need a citizen in every city (routing, handlers).
 */
export function sampleResidentsByCity(): { cityCode: string; stationCode: string; resident: SeedResident }[] {
  const cities = henanOrgs.filter((u) => u.level === "city");
  return cities.map((city) => {
    const household = population.find(
      (h) => cityOfStation(h.orgUnitCode) === city.code && h.members.some((m) => m.relationToHead === "户主"),
    );
    const head = household?.members.find((m) => m.relationToHead === "户主");
    if (!household || !head) throw new Error(`no sample household in ${city.name}`);
    return { cityCode: city.code, stationCode: household.orgUnitCode, resident: head };
  });
}
