import { demoAccount } from "./demo-accounts";
import { henanOrgs } from "./henan-orgs";
import { demoResidents, firstCitiesPopulation, population, type SeedResident } from "./population";
import { seededRandom } from "./seeded-random";

/**
 * Sample exit-entry and traffic registers for the sample population: travel documents for about 40 % of
 * adults (some expiring within 90 days, some expired, one cancelled, one lost), vehicles for about 30 % of adults
 * and driving licences for most vehicle owners. The PRNG makes the same choices every time; dates are
 * counted from the day the database is seeded, so "expires within 90 days" holds on a fresh database.
 */
export type SeedTravelDocument = {
  holderIdNumber: string;
  type: "passport" | "hk_macau_permit" | "taiwan_permit";
  documentNumber: string;
  issueDate: string;
  expiryDate: string;
  status: "valid" | "expired" | "cancelled" | "lost";
  issuingAuthority: string;
};

export type SeedVehicle = {
  ownerIdNumber: string;
  plateNumber: string;
  plateType: "02" | "52";
  vehicleType: string;
  brand: string;
  colour: string;
  vin: string;
  registeredAt: string;
  inspectionDue: string;
  inspectionExempt: boolean;
  /** 交强险's last day; null when none is on record. */
  insuranceValidUntil: string | null;
  ownerPhone: string | null;
  status: "normal" | "seized" | "stolen" | "scrapped";
  /** The city bureau whose vehicle administration (车管所) registered it. */
  cityCode: string;
};

export type SeedDrivingLicence = {
  holderIdNumber: string;
  archiveNumber: string;
  vehicleClasses: string;
  firstIssued: string;
  term: "six_years" | "ten_years" | "long_term";
  validFrom: string;
  /** Null for a long-term licence. */
  validUntil: string | null;
  points: number;
  status: "valid" | "expired" | "suspended" | "revoked" | "cancelled";
  healthCertifiedOn: string | null;
};

export type SeedRegisters = {
  travelDocuments: SeedTravelDocument[];
  vehicles: SeedVehicle[];
  drivingLicences: SeedDrivingLicence[];
};

const authorityOf = {
  passport: "国家移民管理局",
  hk_macau_permit: "公安部出入境管理局",
  taiwan_permit: "公安部出入境管理局",
} as const;

const numberPrefixOf = { passport: "E", hk_macau_permit: "C", taiwan_permit: "L" } as const;

/** The province's plate prefix: 豫 plus the city's letter (郑州 A, 开封 B, 洛阳 C). */
export const plateLetterOf: Record<string, string> = { "410100": "A", "410200": "B", "410300": "C" };

/** Plate letters never include I or O (they read as 1 and 0). */
const plateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

type Model = {
  brand: string;
  /** The VIN's world manufacturer identifier (LSV = SAIC Volkswagen…). */
  wmi: string;
  types: readonly string[];
};

const models: Record<SeedVehicle["plateType"], readonly Model[]> = {
  "02": [
    { brand: "大众 朗逸", wmi: "LSV", types: ["小型轿车"] },
    { brand: "大众 速腾", wmi: "LFV", types: ["小型轿车"] },
    { brand: "丰田 卡罗拉", wmi: "LVG", types: ["小型轿车"] },
    { brand: "日产 轩逸", wmi: "LGB", types: ["小型轿车"] },
    { brand: "本田 雅阁", wmi: "LHG", types: ["小型轿车"] },
    { brand: "别克 英朗", wmi: "LSG", types: ["小型轿车"] },
    { brand: "吉利 帝豪", wmi: "L6T", types: ["小型轿车"] },
    { brand: "哈弗 H6", wmi: "LGW", types: ["小型越野客车", "小型普通客车"] },
    { brand: "长安 CS75", wmi: "LS5", types: ["小型普通客车"] },
    { brand: "五菱 宏光", wmi: "LZW", types: ["小型普通客车"] },
  ],
  "52": [
    { brand: "比亚迪 秦PLUS", wmi: "LGX", types: ["小型轿车"] },
    { brand: "比亚迪 宋PLUS", wmi: "LGX", types: ["小型普通客车"] },
    { brand: "特斯拉 Model 3", wmi: "LRW", types: ["小型轿车"] },
    { brand: "五菱 宏光MINIEV", wmi: "LZW", types: ["微型轿车"] },
    { brand: "埃安 AION Y", wmi: "LNA", types: ["小型普通客车"] },
  ],
};

const colours = ["白", "黑", "银", "灰", "红", "蓝"] as const;

const licenceClasses = [
  { classes: "C1", weight: 76 },
  { classes: "C2", weight: 10 },
  { classes: "C1E", weight: 5 },
  { classes: "B2", weight: 5 },
  { classes: "A2", weight: 2 },
  { classes: "A1A2", weight: 2 },
] as const;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Same month and day N years on; 29 February becomes 1 March in a common year, as on real documents. */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Order 162: holders aged 60 and over bring a 身体条件证明 to each renewal. */
export const healthCertificateAge = 60;

/** Small passenger cars are exempt from station inspection for their first six years (Order 164, loosely). */
const exemptionYears = 6;

/** ISO 3779 VIN check digit (position 9), as 车管所 checks it on registration. */
function vinCheckDigit(vin: string): string {
  const values: Record<string, number> = {};
  "0123456789".split("").forEach((c, i) => (values[c] = i));
  const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  const letterValues = [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9];
  letters.split("").forEach((c, i) => (values[c] = letterValues[i]!));
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const sum = vin.split("").reduce((s, c, i) => s + values[c]! * weights[i]!, 0);
  const rest = sum % 11;
  return rest === 10 ? "X" : String(rest);
}

/** Model-year codes (GB 16735): 2001–2009 are the digits 1–9, 2010 A … 2030 Y, skipping I, O, Q, U, Z. */
const modelYearCodes = "ABCDEFGHJKLMNPRSTVWXY";

export function buildRegisters(today: string): SeedRegisters {
  const random = seededRandom(20261127);
  const cityOfStation = new Map(
    henanOrgs.filter((u) => u.level === "station").map((s) => [s.code, s.path.split("/")[2]!] as const),
  );
  const spareIdNumber = demoAccount("spareCitizen").idNumber;
  const citizen = demoResidents.citizen;

  const usedNumbers = new Set<string>();
  const documentNumber = (type: SeedTravelDocument["type"]) => {
    let number: string;
    do number = numberPrefixOf[type] + String(random.int(10_000_000, 99_999_999));
    while (usedNumbers.has(number));
    usedNumbers.add(number);
    return number;
  };

  const usedPlates = new Set<string>();
  const plateNumber = (cityCode: string, plateType: "02" | "52") => {
    const letter = () => random.pick(plateLetters.split(""));
    const digits = (n: number) => Array.from({ length: n }, () => String(random.int(0, 9))).join("");
    let plate: string;
    do {
      const tail =
        plateType === "52"
          ? random.pick(["D", "F"]) + digits(5)
          : random.pick([
              () => letter() + digits(4),
              () => digits(5),
              () => digits(1) + letter() + digits(3),
              () => letter() + letter() + digits(3),
            ])();
      plate = `豫${plateLetterOf[cityCode]}${tail}`;
    } while (usedPlates.has(plate));
    usedPlates.add(plate);
    return plate;
  };

  const usedVins = new Set<string>();
  const vinFor = (wmi: string, registeredAt: string) => {
    const vinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    const year = Number(registeredAt.slice(0, 4));
    const yearCode = year < 2010 ? String(year - 2000) : modelYearCodes[Math.min(year, 2030) - 2010]!;
    let vin: string;
    do {
      const vds = Array.from({ length: 5 }, () => random.pick(vinChars.split(""))).join("");
      const vis = yearCode + random.pick(vinChars.split("")) + String(random.int(100_000, 999_999));
      const draft = `${wmi}${vds}0${vis}`;
      vin = draft.slice(0, 8) + vinCheckDigit(draft) + draft.slice(9);
    } while (usedVins.has(vin));
    usedVins.add(vin);
    return vin;
  };

  const usedArchives = new Set<string>();
  const archiveNumber = (cityCode: string) => {
    let number: string;
    do number = cityCode + String(random.int(100_000, 999_999));
    while (usedArchives.has(number));
    usedArchives.add(number);
    return number;
  };

  /** Issued `years` before expiry, less a day (a 10-year passport issued 2020-01-15 runs to 2030-01-14). */
  const document = (
    holder: SeedResident,
    type: SeedTravelDocument["type"],
    expiryDate: string,
    status: SeedTravelDocument["status"],
  ): SeedTravelDocument | null => {
    let issueDate = addDays(addYears(expiryDate, -10), 1);
    // Children under 16 get documents valid for five years.
    if (ageOn(holder.birthDate, issueDate) < 16) issueDate = addDays(addYears(expiryDate, -5), 1);
    if (ageOn(holder.birthDate, issueDate) < 1 || issueDate > today) return null;
    return {
      holderIdNumber: holder.idNumber,
      type,
      documentNumber: documentNumber(type),
      issueDate,
      expiryDate,
      status,
      issuingAuthority: authorityOf[type],
    };
  };

  const vehicle = (
    owner: SeedResident,
    cityCode: string,
    plateType: "02" | "52",
    registeredAt: string,
  ): SeedVehicle => {
    const model = random.pick(models[plateType]);
    return {
      ownerIdNumber: owner.idNumber,
      plateNumber: plateNumber(cityCode, plateType),
      plateType,
      vehicleType: random.pick(model.types),
      brand: model.brand,
      colour: random.pick(colours),
      vin: vinFor(model.wmi, registeredAt),
      registeredAt,
      // Inspections fall due on the anniversary of registration: the next one from today.
      inspectionDue: addYears(registeredAt, ageOn(registeredAt, today) + 1),
      // Every seeded model is a small or micro passenger car, the kind the exemption covers.
      inspectionExempt: ageOn(registeredAt, today) < exemptionYears,
      insuranceValidUntil: null,
      ownerPhone: null,
      status: "normal",
      cityCode,
    };
  };

  /** A first licence runs 6 years, the next 10, then long-term: the current term is the one that contains today. */
  const licence = (
    holder: SeedResident,
    cityCode: string,
    firstIssued: string,
    classes: string,
    points: number,
  ): SeedDrivingLicence => {
    const tenFrom = addYears(firstIssued, 6);
    const longFrom = addYears(tenFrom, 10);
    const [term, validFrom, validUntil] =
      tenFrom > today
        ? (["six_years", firstIssued, tenFrom] as const)
        : longFrom > today
          ? (["ten_years", tenFrom, longFrom] as const)
          : (["long_term", longFrom, null] as const);
    return {
      holderIdNumber: holder.idNumber,
      archiveNumber: archiveNumber(cityCode),
      vehicleClasses: classes,
      firstIssued,
      term,
      validFrom,
      validUntil,
      points,
      status: "valid",
      healthCertifiedOn: healthCertifiedOn(holder, validFrom),
    };
  };

  const pickClasses = () => {
    let roll = random.int(1, 100);
    for (const c of licenceClasses) {
      roll -= c.weight;
      if (roll <= 0) return c.classes;
    }
    return "C1";
  };

  const registers: SeedRegisters = { travelDocuments: [], vehicles: [], drivingLicences: [] };

  // The demo citizen's own papers, which the demo flows rely on.
  const zhengzhou = "410100";
  const demoPassport = document(citizen, "passport", addDays(today, 47), "valid");
  const demoPermit = document(citizen, "hk_macau_permit", addDays(today, 1_460), "valid");
  if (!demoPassport || !demoPermit) throw new Error("the demo citizen is too young for the seeded documents");
  registers.travelDocuments.push(demoPassport, demoPermit);
  registers.vehicles.push(vehicle(citizen, zhengzhou, "02", "2019-06-18"));
  registers.drivingLicences.push(licence(citizen, zhengzhou, "2012-07-20", "C1", 0));

  let cancelled = false;
  for (const household of firstCitiesPopulation) {
    const cityCode = cityOfStation.get(household.orgUnitCode);
    if (!cityCode) throw new Error(`household ${household.householdNumber} is not at a seeded station`);
    for (const person of household.members) {
      if (person.idNumber === citizen.idNumber || person.idNumber === spareIdNumber) continue;
      const age = ageOn(person.birthDate, today);
      if (age < 18) continue;

      if (random.chance(0.4)) {
        const types = [
          ...(random.chance(0.8) ? (["passport"] as const) : []),
          ...(random.chance(0.5) ? (["hk_macau_permit"] as const) : []),
          ...(random.chance(0.1) ? (["taiwan_permit"] as const) : []),
        ];
        if (types.length === 0) types.push("passport");
        for (const type of types) {
          const roll = random.int(1, 100);
          const [expiryDate, status] =
            roll <= 15
              ? ([addDays(today, random.int(5, 89)), "valid"] as const)
              : roll <= 32
                ? ([addDays(today, -random.int(20, 1_800)), "expired"] as const)
                : ([addDays(today, random.int(120, 3_500)), "valid"] as const);
          const made = document(person, type, expiryDate, !cancelled && status === "valid" ? "cancelled" : status);
          if (!made) continue;
          if (made.status === "cancelled") cancelled = true;
          registers.travelDocuments.push(made);
        }
      }

      const owns = random.chance(0.3);
      if (owns) {
        const count = random.chance(0.15) ? 2 : 1;
        for (let i = 0; i < count; i++) {
          const plateType = random.chance(0.25) ? "52" : "02";
          // New-energy plates (豫AD…, 豫AF…) were issued in Henan from 2018.
          const earliest = Math.max(plateType === "52" ? 2018 : 2008, Number(person.birthDate.slice(0, 4)) + 18);
          const latest = Number(today.slice(0, 4)) - 1;
          if (earliest > latest) break;
          const registeredAt = addDays(`${random.int(earliest, latest)}-01-01`, random.int(0, 364));
          registers.vehicles.push(vehicle(person, cityCode, plateType, registeredAt));
        }
      }

      if (owns ? random.chance(0.85) : random.chance(0.1)) {
        const firstYear = Number(person.birthDate.slice(0, 4)) + random.int(18, 35);
        const firstIssued = addDays(`${Math.min(firstYear, Number(today.slice(0, 4)) - 1)}-01-01`, random.int(0, 364));
        if (ageOn(person.birthDate, firstIssued) < 18 || firstIssued >= today) continue;
        const points = random.chance(0.75) ? 0 : random.pick([1, 2, 3, 3, 6, 6, 9]);
        registers.drivingLicences.push(licence(person, cityCode, firstIssued, pickClasses(), points));
      }
    }
  }
  // The spare citizen drives too (the other driver of the demo accident), with no car or travel document
  // of their own. Added last, so the choices above come out the same as before.
  const spare = population.flatMap((h) => h.members).find((m) => m.idNumber === spareIdNumber);
  if (!spare) throw new Error("the spare citizen is not in the seeded population");
  registers.drivingLicences.push(licence(spare, zhengzhou, "2016-03-15", "C1", 0));
  // One passport reported lost (挂失), for the public document check; a year or more from expiry, so the
  // reminder job, which looks 90 days ahead, would not have picked it anyway.
  const lost = registers.travelDocuments.find(
    (d) => d.type === "passport" && d.status === "valid" && d.expiryDate > addDays(today, 365),
  );
  if (!lost) throw new Error("no seeded passport to report lost");
  lost.status = "lost";
  addRuleStates(registers, today);
  return registers;
}

/** A holder renewing at 60 or over brought a 身体条件证明, accepted on the day the term began. */
function healthCertifiedOn(holder: SeedResident, validFrom: string): string | null {
  return ageOn(holder.birthDate, validFrom) >= healthCertificateAge ? validFrom : null;
}

/**
 * The states the automatic rules branch on, drawn from a PRNG of their own so the registers above come out
 * as before: the demo citizen's licence within its 90-day renewal window; licences expiring soon (some
 * holders 60 or over), expired recently and long ago, suspended, revoked and cancelled; vehicles insured or
 * not, with the owner's phone, a few seized, stolen or scrapped (outside 郑州, whose cars carry the seeded
 * fines).
 */
function addRuleStates(registers: SeedRegisters, today: string) {
  const random = seededRandom(20261207);
  const people = new Map(population.flatMap((h) => h.members).map((m) => [m.idNumber, m]));
  const citizen = demoResidents.citizen;
  const spareIdNumber = demoAccount("spareCitizen").idNumber;

  for (const v of registers.vehicles) {
    const roll = random.int(1, 100);
    v.insuranceValidUntil =
      roll <= 4 ? null : roll <= 10 ? addDays(today, -random.int(1, 200)) : addDays(today, random.int(10, 360));
    v.ownerPhone = random.chance(0.9)
      ? `1${random.pick(["3", "5", "7", "8", "9"])}${random.int(100_000_000, 999_999_999)}`
      : null;
  }
  const demoCar = registers.vehicles.find((v) => v.ownerIdNumber === citizen.idNumber);
  if (!demoCar) throw new Error("the demo citizen has no seeded car");
  demoCar.insuranceValidUntil = addDays(today, 200);
  demoCar.ownerPhone = demoAccount("citizen").login;
  const elsewhere = registers.vehicles.filter((v) => v.cityCode !== "410100");
  const statuses = ["seized", "seized", "stolen", "scrapped"] as const;
  statuses.forEach((status, i) => {
    const v = elsewhere[(i * 7 + 3) % elsewhere.length];
    if (v) v.status = status;
  });

  /** Moves a licence's term so that it ends on `validUntil`: a ten-year term when the holder was old enough. */
  const retime = (l: SeedDrivingLicence, validUntil: string): boolean => {
    const holder = people.get(l.holderIdNumber);
    if (!holder) return false;
    const tenFrom = addYears(validUntil, -10);
    const sixFrom = addYears(validUntil, -6);
    if (ageOn(holder.birthDate, addYears(tenFrom, -6)) >= 18) {
      Object.assign(l, { term: "ten_years", firstIssued: addYears(tenFrom, -6), validFrom: tenFrom, validUntil });
    } else if (ageOn(holder.birthDate, sixFrom) >= 18) {
      Object.assign(l, { term: "six_years", firstIssued: sixFrom, validFrom: sixFrom, validUntil });
    } else return false;
    l.healthCertifiedOn = healthCertifiedOn(holder, l.validFrom);
    return true;
  };

  const demoLicence = registers.drivingLicences.find((l) => l.holderIdNumber === citizen.idNumber);
  if (!demoLicence || !retime(demoLicence, addDays(today, 60))) throw new Error("the demo citizen's licence");

  const ageOf = (l: SeedDrivingLicence) => ageOn(people.get(l.holderIdNumber)!.birthDate, today);
  const pool = registers.drivingLicences.filter(
    (l) => l.holderIdNumber !== citizen.idNumber && l.holderIdNumber !== spareIdNumber,
  );
  const taken = new Set<SeedDrivingLicence>();
  const take = (
    count: number,
    fits: (l: SeedDrivingLicence) => boolean,
    change: (l: SeedDrivingLicence) => boolean,
  ) => {
    let done = 0;
    const start = random.int(0, pool.length - 1);
    for (let i = 0; i < pool.length && done < count; i++) {
      const l = pool[(start + i) % pool.length]!;
      if (taken.has(l) || !fits(l) || !change(l)) continue;
      taken.add(l);
      done++;
    }
    if (done < count) throw new Error(`too few licence holders for the rule states (${done} of ${count})`);
  };
  const young = (l: SeedDrivingLicence) => ageOf(l) < healthCertificateAge - 2;
  const old = (l: SeedDrivingLicence) => ageOf(l) >= healthCertificateAge && ageOf(l) < 70;
  take(3, young, (l) => retime(l, addDays(today, random.int(10, 85))));
  take(2, old, (l) => retime(l, addDays(today, random.int(10, 85))));
  take(2, young, (l) => retime(l, addDays(today, -random.int(20, 300))) && ((l.status = "expired"), true));
  take(1, young, (l) => retime(l, addDays(today, -random.int(400, 700))) && ((l.status = "expired"), true));
  take(1, young, (l) => retime(l, addDays(today, -random.int(400, 700))) && ((l.status = "cancelled"), true));
  take(2, young, (l) => ((l.status = "suspended"), true));
  take(1, young, (l) => ((l.status = "revoked"), true));
}
