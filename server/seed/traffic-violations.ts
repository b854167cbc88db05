import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { orgUnits, residents, trafficViolations, vehicles } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { saveBlob } from "@/server/storage/save-blob";
import { violationCode } from "@/server/traffic/violation-codes";
import type { DomainSeeder } from "./domain-seeders";
import { demoResidents } from "./population";
import { addDays } from "@/server/dates/add-days";
import { chinaMoment } from "@/server/dates/china-moment";
import { chinaToday } from "@/server/dates/china-today";

type SeedViolation = {
  code: string;
  /** Days before the seeding day, and the China time of day. */
  daysAgo: number;
  time: string;
  place: string;
  status: "unpaid" | "paid" | "processing";
  /** Paid this many days after it happened (offline, at a bank or window: no online receipt). */
  paidAfterDays?: number;
  /** The register names the owner as the driver (caught on the spot, or points already assigned). */
  ownerDrove?: boolean;
  photo?: boolean;
};

/**
 * 张明's car: two unpaid fines (one past the 15-day due date, so the late surcharge shows), one being
 * handled at a traffic unit, one paid long ago.
 */
const demoCitizenViolations: SeedViolation[] = [
  {
    code: "1039",
    daysAgo: 22,
    time: "09:42",
    place: "郑州市金水区花园路与农业路交叉口东北角",
    status: "unpaid",
    photo: true,
  },
  { code: "1352", daysAgo: 3, time: "18:26", place: "郑州市金水区中州大道（东风路至北三环段）", status: "unpaid" },
  { code: "1345", daysAgo: 9, time: "07:55", place: "郑州市金水区经三路与纬五路交叉口", status: "processing" },
  {
    code: "1240",
    daysAgo: 64,
    time: "17:10",
    place: "郑州市金水区金水路与经三路交叉口",
    status: "paid",
    paidAfterDays: 4,
    ownerDrove: true,
  },
];

/** Other vehicles of the register, so the officer's list and the public look-up have something to show. */
const otherViolations: SeedViolation[] = [
  { code: "1625", daysAgo: 5, time: "21:14", place: "郑州市中原区建设路与桐柏路交叉口", status: "unpaid", photo: true },
  { code: "1357", daysAgo: 12, time: "08:03", place: "郑州市二七区大学路与淮河路交叉口", status: "unpaid" },
  {
    code: "1039",
    daysAgo: 40,
    time: "13:37",
    place: "郑州市管城回族区城东路紫荆山路口西侧",
    status: "paid",
    paidAfterDays: 9,
  },
  { code: "1636", daysAgo: 18, time: "10:50", place: "郑州市中州大道（陇海路至航海路段）", status: "unpaid" },
  {
    code: "1223",
    daysAgo: 2,
    time: "16:45",
    place: "郑州市金水区农业路与经三路交叉口",
    status: "unpaid",
    ownerDrove: true,
  },
  {
    code: "1301",
    daysAgo: 30,
    time: "22:18",
    place: "郑州市中原区桐柏路（伏牛路至嵩山路段）",
    status: "paid",
    paidAfterDays: 1,
    ownerDrove: true,
  },
];

/** A plain camera frame (road, lane lines, stop line, a red light, the car): stands in for evidence. */
async function cameraFrame(variant: number): Promise<Uint8Array> {
  const carX = 300 + (variant % 3) * 120;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">
  <rect width="960" height="540" fill="#2f3437"/>
  <rect y="0" width="960" height="120" fill="#6b7b8c"/>
  <polygon points="120,540 420,120 540,120 840,540" fill="#3b4044"/>
  <polygon points="476,120 484,120 500,540 460,540" fill="#d9d9d9"/>
  <rect x="150" y="430" width="660" height="14" fill="#f2f2f2"/>
  <rect x="860" y="30" width="44" height="120" rx="8" fill="#111"/>
  <circle cx="882" cy="56" r="14" fill="#e53935"/>
  <circle cx="882" cy="90" r="14" fill="#3a3a3a"/>
  <circle cx="882" cy="124" r="14" fill="#3a3a3a"/>
  <rect x="${carX}" y="300" width="190" height="110" rx="18" fill="#c8ced6"/>
  <rect x="${carX + 25}" y="315" width="140" height="40" rx="8" fill="#44505c"/>
  <rect x="${carX + 65}" y="375" width="60" height="18" fill="#1f4fa8"/>
</svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
}

/** A moment `daysAgo` China calendar days before `today`, at the China time of day given. */
function momentDaysAgo(today: Date, daysAgo: number, time: string): Date {
  return chinaMoment(addDays(chinaToday(today), -daysAgo), time);
}

export const trafficViolationsSeeder: DomainSeeder = {
  name: "traffic violations",
  async isSeeded(db) {
    return (await db.select({ id: trafficViolations.id }).from(trafficViolations).limit(1)).length > 0;
  },
  async seed(tx: Db) {
    const now = new Date();
    const [zhengzhou] = await tx.select().from(orgUnits).where(eq(orgUnits.code, "410100"));
    if (!zhengzhou) throw new Error("the Zhengzhou bureau is not seeded");
    const [citizen] = await tx
      .select({ id: residents.id })
      .from(residents)
      .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)));
    if (!citizen) throw new Error("the demo citizen is not in the register");
    const [demoCar] = await tx
      .select()
      .from(vehicles)
      .where(eq(vehicles.ownerResidentId, citizen.id))
      .orderBy(asc(vehicles.plateNumber));
    if (!demoCar) throw new Error("the demo citizen has no car in the register");
    const others = await tx
      .select()
      .from(vehicles)
      .where(
        and(eq(vehicles.orgUnitId, zhengzhou.id), ne(vehicles.id, demoCar.id), inArray(vehicles.status, ["normal"])),
      )
      .orderBy(asc(vehicles.vin))
      .limit(otherViolations.length);

    const plan = [
      ...demoCitizenViolations.map((v) => ({ v, vehicle: demoCar })),
      ...otherViolations.flatMap((v, i) => (others[i] ? [{ v, vehicle: others[i] }] : [])),
    ];
    let frame = 0;
    for (const { v, vehicle } of plan) {
      const code = violationCode(v.code);
      if (!code) throw new Error(`seeded violation code ${v.code} is not in the catalogue`);
      const occurredAt = momentDaysAgo(now, v.daysAgo, v.time);
      const photoBlobId = v.photo
        ? await saveBlob(tx, {
            ownerId: null,
            purpose: "violation_photo",
            contentType: "image/jpeg",
            bytes: await cameraFrame(frame++),
          })
        : null;
      await tx.insert(trafficViolations).values({
        vehicleId: vehicle.id,
        plateNumber: vehicle.plateNumber,
        plateType: vehicle.plateType,
        licenceResidentId: v.ownerDrove ? vehicle.ownerResidentId : null,
        occurredAt,
        place: v.place,
        orgUnitId: zhengzhou.id,
        orgPath: zhengzhou.path,
        actCode: code.code,
        actDescription: code.description,
        legalBasis: code.legalBasis,
        fineFen: code.fineFen,
        points: code.points,
        status: v.status,
        photoBlobId,
        paidAt: v.status === "paid" ? new Date(occurredAt.getTime() + (v.paidAfterDays ?? 1) * 86_400_000) : null,
      });
    }
  },
};
