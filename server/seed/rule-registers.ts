import { demoAccount } from "./demo-accounts";
import { demoResidents, population } from "./population";
import { addYears, ageOn, type SeedRegisters } from "./registers";
import { seededRandom } from "./seeded-random";

/**
 * The registers only the automatic rules read, for the sample population: dogs (犬只登记) for about one
 * household in ten, exit and entry records (出入境记录) for most travel-document holders, and criminal
 * records (违法犯罪记录) for four adults outside the demo household. The demo citizen has a dog due for its
 * yearly inspection and crossings on record, and no criminal record. Dates count from the seeding day.
 */
export type SeedDog = {
  ownerIdNumber: string;
  /** The station that registered the dog: the owner's household station. */
  stationCode: string;
  registrationNumber: string;
  name: string;
  breed: string;
  sex: "M" | "F";
  colour: string;
  registeredOn: string;
  rabiesVaccinatedUntil: string;
  lastInspectedOn: string | null;
  /** The yearly inspection is due by the end of the year after the last one. */
  inspectionDue: string;
  status: "registered" | "cancelled" | "lost" | "dead";
};

export type SeedBorderCrossing = {
  idNumber: string;
  direction: "exit" | "entry";
  port: string;
  /** China time, ISO with offset. */
  crossedAt: string;
  documentType: "passport" | "hk_macau_permit" | "taiwan_permit";
  documentNumber: string;
};

export type SeedCriminalRecord = {
  idNumber: string;
  offence: string;
  court: string;
  judgmentDate: string;
  sentence: string;
};

export type SeedRuleRegisters = {
  dogs: SeedDog[];
  borderCrossings: SeedBorderCrossing[];
  criminalRecords: SeedCriminalRecord[];
};

const breeds = ["中华田园犬", "泰迪", "比熊", "柯基", "柴犬", "金毛寻回犬", "拉布拉多", "博美", "雪纳瑞", "边境牧羊犬"];
const dogNames = ["旺财", "豆豆", "球球", "可乐", "毛毛", "大黄", "小白", "布丁", "糖糖", "多多", "元宝", "花花"];
const dogColours = ["黄", "白", "黑", "棕", "黑白", "灰"];
/** The tag prefix of each city's dog registration: 郑犬, 汴犬, 洛犬. */
const tagPrefixOf: Record<string, string> = { "410100": "郑犬", "410200": "汴犬", "410300": "洛犬" };

const ports = {
  passport: ["郑州新郑国际机场", "上海浦东国际机场", "北京首都国际机场", "广州白云国际机场"],
  hk_macau_permit: ["深圳罗湖口岸", "深圳湾口岸", "珠海拱北口岸", "港珠澳大桥珠海公路口岸"],
  taiwan_permit: ["厦门高崎国际机场", "福州长乐国际机场"],
} as const;

const offences = [
  { offence: "危险驾驶罪", sentence: "拘役二个月，并处罚金人民币四千元" },
  { offence: "盗窃罪", sentence: "有期徒刑一年，并处罚金人民币三千元" },
  { offence: "故意伤害罪", sentence: "有期徒刑八个月" },
  { offence: "诈骗罪", sentence: "有期徒刑二年，缓刑三年，并处罚金人民币二万元" },
] as const;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysSince(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function buildRuleRegisters(today: string, registers: SeedRegisters): SeedRuleRegisters {
  const random = seededRandom(20261208);
  const citizen = demoResidents.citizen;
  const demoHousehold = new Set(Object.values(demoResidents).map((r) => r.idNumber));
  const spareIdNumber = demoAccount("spareCitizen").idNumber;
  const year = Number(today.slice(0, 4));
  const yearEnd = (y: number) => `${y}-12-31`;
  const result: SeedRuleRegisters = { dogs: [], borderCrossings: [], criminalRecords: [] };

  const usedTags = new Set<string>();
  const dog = (owner: { idNumber: string }, stationCode: string, registeredOn: string): SeedDog => {
    const cityCode = `${stationCode.slice(0, 4)}00`;
    let tag: string;
    do tag = `${tagPrefixOf[cityCode] ?? "豫犬"}${registeredOn.slice(0, 4)}${random.int(100_000, 999_999)}`;
    while (usedTags.has(tag));
    usedTags.add(tag);
    // Inspected every year since registration: the last time in the year before this, or this year for some.
    const registeredYear = Number(registeredOn.slice(0, 4));
    const lastInspectedOn =
      registeredYear >= year
        ? registeredOn
        : random.chance(0.2)
          ? addDays(`${year}-01-01`, random.int(0, daysSince(`${year}-01-01`, today)))
          : registeredYear === year - 1
            ? registeredOn
            : addDays(`${year - 1}-01-01`, random.int(0, 364));
    const roll = random.int(1, 100);
    return {
      ownerIdNumber: owner.idNumber,
      stationCode,
      registrationNumber: tag,
      name: random.pick(dogNames),
      breed: random.pick(breeds),
      sex: random.chance(0.5) ? "M" : "F",
      colour: random.pick(dogColours),
      registeredOn,
      rabiesVaccinatedUntil: roll <= 15 ? addDays(today, -random.int(5, 200)) : addDays(today, random.int(20, 340)),
      lastInspectedOn,
      inspectionDue: yearEnd(Number(lastInspectedOn.slice(0, 4)) + 1),
      status: roll > 95 ? random.pick(["cancelled", "lost", "dead"] as const) : "registered",
    };
  };

  // The demo citizen's dog: registered three years ago, inspected last year, vaccinated, due this year.
  const demoStation = population.find((h) => h.members.some((m) => m.idNumber === citizen.idNumber))!.orgUnitCode;
  const demoDog = dog(citizen, demoStation, addYears(addDays(today, -40), -3));
  Object.assign(demoDog, {
    name: "豆豆",
    breed: "柯基",
    rabiesVaccinatedUntil: addDays(today, 150),
    lastInspectedOn: addYears(today, -1),
    inspectionDue: yearEnd(year),
    status: "registered",
  });
  result.dogs.push(demoDog);

  for (const household of population) {
    if (household.members.some((m) => demoHousehold.has(m.idNumber))) continue;
    if (!random.chance(0.12)) continue;
    const adults = household.members.filter((m) => ageOn(m.birthDate, today) >= 18);
    if (adults.length === 0) continue;
    const owner = random.pick(adults);
    const registeredOn = addDays(today, -random.int(30, 3_000));
    result.dogs.push(dog(owner, household.orgUnitCode, registeredOn));
  }

  // At least one dog is no longer registered (lost), whatever the draws gave.
  const lastDog = result.dogs.at(-1);
  if (lastDog && lastDog !== demoDog) lastDog.status = "lost";

  // Crossings: a trip out and back within each document's life, most recent first to last.
  for (const d of registers.travelDocuments) {
    if (d.status === "cancelled") continue;
    const isDemo = d.holderIdNumber === citizen.idNumber;
    if (!isDemo && (d.holderIdNumber === spareIdNumber || !random.chance(0.7))) continue;
    const trips = isDemo ? 2 : random.int(1, 3);
    const last = d.expiryDate < today ? d.expiryDate : today;
    const span = Math.floor((Date.parse(last) - Date.parse(d.issueDate)) / 86_400_000);
    if (span < 30) continue;
    for (let t = 0; t < trips; t++) {
      const out = addDays(d.issueDate, random.int(1, span - 20));
      const back = addDays(out, random.int(3, 15));
      const port = random.pick(ports[d.type]);
      const time = () => `${String(random.int(7, 22)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`;
      for (const [direction, day] of [
        ["exit", out],
        ["entry", back],
      ] as const) {
        result.borderCrossings.push({
          idNumber: d.holderIdNumber,
          direction,
          port,
          crossedAt: `${day}T${time()}:00+08:00`,
          documentType: d.type,
          documentNumber: d.documentNumber,
        });
      }
    }
  }

  // Four convicted adults, none in the demo household and none with an account.
  const candidates = population
    .flatMap((h) => h.members)
    .filter((m) => !demoHousehold.has(m.idNumber) && m.idNumber !== spareIdNumber && ageOn(m.birthDate, today) >= 25);
  const start = random.int(0, candidates.length - 1);
  offences.forEach((o, i) => {
    const person = candidates[(start + i * 17) % candidates.length]!;
    result.criminalRecords.push({
      idNumber: person.idNumber,
      offence: o.offence,
      court: random.pick([
        "郑州市金水区人民法院",
        "郑州市中原区人民法院",
        "开封市鼓楼区人民法院",
        "洛阳市西工区人民法院",
      ]),
      judgmentDate: addDays(today, -random.int(200, 2_500)),
      sentence: o.sentence,
    });
  });
  return result;
}
