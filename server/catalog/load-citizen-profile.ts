import "server-only";
import { and, asc, eq, gte, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  drivingLicences,
  households,
  type licenceStatus,
  orgUnits,
  residents,
  type travelDocumentStatus,
  travelDocuments,
  type travelDocumentType,
  users,
  type vehicleStatus,
  vehicles,
} from "@/db/schema";
import { DomainError } from "@/server/errors";
import { addDays } from "@/server/dates/add-days";
import { ageOn } from "@/server/dates/age-on";

export type TravelDocumentType = (typeof travelDocumentType.enumValues)[number];

/** How many days after a birth 出生登记 is still recommended: the register expects it within a month. */
export const newbornWindowDays = 30;

/** What the register says about a citizen, as far as the home page and group rules need it. */
export type CitizenProfile = {
  userId: string;
  today: string;
  residentId: string | null;
  birthDate: string | null;
  age: number | null;
  /** The city (地市) whose station keeps the citizen's household register. */
  cityCode: string | null;
  travelDocuments: {
    type: TravelDocumentType;
    expiryDate: string;
    status: (typeof travelDocumentStatus.enumValues)[number];
  }[];
  vehicles: {
    plateNumber: string;
    inspectionDue: string;
    status: (typeof vehicleStatus.enumValues)[number];
  }[];
  /** validUntil null: a long-term licence. */
  licence: { validUntil: string | null; status: (typeof licenceStatus.enumValues)[number] } | null;
  /** Birth dates of other members of the household born within the newborn window. */
  newbornBirthDates: string[];
};

/** Facts group rules are written against. */
export type ProfileFacts = {
  cityCode: string | null;
  age: number | null;
  hasVehicle: boolean;
  hasTravelDocument: boolean;
};

export async function loadCitizenProfile(db: Db, params: { userId: string; today: string }): Promise<CitizenProfile> {
  const [row] = await db
    .select({
      residentId: residents.id,
      birthDate: residents.birthDate,
      householdId: residents.householdId,
      stationPath: orgUnits.path,
    })
    .from(users)
    .leftJoin(residents, eq(residents.id, users.residentId))
    .leftJoin(households, eq(households.id, residents.householdId))
    .leftJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(users.id, params.userId));
  if (!row) throw new DomainError("NOT_FOUND");

  const { today } = params;
  const empty: CitizenProfile = {
    userId: params.userId,
    today,
    residentId: null,
    birthDate: null,
    age: null,
    cityCode: null,
    travelDocuments: [],
    vehicles: [],
    licence: null,
    newbornBirthDates: [],
  };
  if (!row.residentId || !row.birthDate || !row.householdId) return empty;
  const residentId = row.residentId;

  const [documents, ownVehicles, [licence], newborns] = await Promise.all([
    db
      .select({ type: travelDocuments.type, expiryDate: travelDocuments.expiryDate, status: travelDocuments.status })
      .from(travelDocuments)
      .where(eq(travelDocuments.residentId, residentId))
      .orderBy(asc(travelDocuments.expiryDate)),
    db
      .select({ plateNumber: vehicles.plateNumber, inspectionDue: vehicles.inspectionDue, status: vehicles.status })
      .from(vehicles)
      .where(eq(vehicles.ownerResidentId, residentId))
      .orderBy(asc(vehicles.inspectionDue)),
    db
      .select({ validUntil: drivingLicences.validUntil, status: drivingLicences.status })
      .from(drivingLicences)
      .where(eq(drivingLicences.residentId, residentId)),
    db
      .select({ birthDate: residents.birthDate })
      .from(residents)
      .where(
        and(
          eq(residents.householdId, row.householdId),
          ne(residents.id, residentId),
          eq(residents.status, "active"),
          gte(residents.birthDate, addDays(today, -newbornWindowDays)),
        ),
      ),
  ]);

  return {
    ...empty,
    residentId,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    cityCode: cityCodeOf(row.stationPath),
    travelDocuments: documents,
    vehicles: ownVehicles,
    licence: licence ?? null,
    newbornBirthDates: newborns.map((n) => n.birthDate).filter((d) => d <= today),
  };
}

/** "/410000/410100/410105/41010501/" → "410100": the second level of the org tree is the city. */
function cityCodeOf(path: string | null): string | null {
  return path?.split("/")[2] || null;
}

export function profileFacts(profile: CitizenProfile): ProfileFacts {
  return {
    cityCode: profile.cityCode,
    age: profile.age,
    hasVehicle: profile.vehicles.some((v) => v.status === "normal"),
    hasTravelDocument: profile.travelDocuments.some((d) => d.status === "valid" && d.expiryDate >= profile.today),
  };
}
