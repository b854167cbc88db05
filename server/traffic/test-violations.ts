import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, type TrafficViolation, trafficViolations, vehicles } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { violationCode } from "./violation-codes";

/** For integration tests: the demo citizen's car (the first vehicle registered to 张明). */
export async function demoCar(db: Db) {
  const citizen = await demoUserRow(db, "citizen");
  if (!citizen.residentId) throw new Error("the demo citizen is not linked to the register");
  const [car] = await db
    .select()
    .from(vehicles)
    .where(eq(vehicles.ownerResidentId, citizen.residentId))
    .orderBy(asc(vehicles.plateNumber));
  if (!car) throw new Error("the demo citizen has no car");
  return car;
}

/**
 * A violation of its own for one test, recorded by the Zhengzhou bureau: `daysAgo` days before `now`
 * (so a test can put it before or after the 15-day due date).
 */
export async function insertTestViolation(
  db: Db,
  p: {
    vehicleId: string;
    code?: string;
    daysAgo?: number;
    now?: Date;
    status?: TrafficViolation["status"];
    licenceResidentId?: string | null;
    photoBlobId?: string | null;
  },
): Promise<TrafficViolation> {
  const code = violationCode(p.code ?? "1039");
  if (!code) throw new Error(`unknown code ${p.code}`);
  const [vehicle] = await db.select().from(vehicles).where(eq(vehicles.id, p.vehicleId));
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.code, "410100"));
  if (!vehicle || !unit) throw new Error("vehicle or Zhengzhou bureau missing");
  const now = p.now ?? new Date();
  const status = p.status ?? "unpaid";
  const [row] = await db
    .insert(trafficViolations)
    .values({
      vehicleId: vehicle.id,
      plateNumber: vehicle.plateNumber,
      plateType: vehicle.plateType,
      licenceResidentId: p.licenceResidentId ?? null,
      occurredAt: new Date(now.getTime() - (p.daysAgo ?? 1) * 86_400_000),
      place: "郑州市金水区测试路与示例街交叉口",
      orgUnitId: unit.id,
      orgPath: unit.path,
      actCode: code.code,
      actDescription: code.description,
      legalBasis: code.legalBasis,
      fineFen: code.fineFen,
      points: code.points,
      status,
      photoBlobId: p.photoBlobId ?? null,
      paidAt: status === "paid" ? now : null,
    })
    .returning();
  if (!row) throw new Error("insertTestViolation: no row");
  return row;
}
