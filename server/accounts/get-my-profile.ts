import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  drivingLicences,
  households,
  orgUnits,
  residents,
  type TravelDocument,
  travelDocuments,
  users,
  vehicles,
} from "@/db/schema";
import { maskDocumentNumber, maskIdNumber, maskName, maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { DomainError } from "@/server/errors";

/** A document the citizen should renew soon: the exit-entry reminder window is 90 days. */
export const expiringSoonDays = 90;

export type MyTravelDocument = {
  id: string;
  type: "passport" | "hk_macau_permit" | "taiwan_permit";
  maskedNumber: string;
  issueDate: string;
  expiryDate: string;
  /** Negative once expired; null for a document that no longer counts (cancelled, lost). */
  daysLeft: number | null;
  /** As recorded, except that a "valid" document past its expiry date shows as expired. */
  status: "valid" | "expiring" | "expired" | "cancelled" | "lost";
  issuingAuthority: string;
};

export type MyVehicle = {
  id: string;
  plateNumber: string;
  plateType: string;
  vehicleType: string;
  brand: string;
  colour: string;
  registeredAt: string;
  inspectionDue: string;
  daysToInspection: number;
  status: "normal" | "scrapped" | "transferred" | "seized" | "stolen";
};

export type MyDrivingLicence = {
  vehicleClasses: string;
  firstIssued: string;
  validFrom: string;
  /** Null, with daysLeft, for a long-term licence. */
  validUntil: string | null;
  daysLeft: number | null;
  points: number;
  status: "valid" | "suspended" | "revoked" | "expired" | "cancelled";
};

export type MyHousehold = {
  householdNumber: string;
  type: "family" | "collective";
  address: string;
  station: { name: string; nameEn: string | null; address: string | null; phone: string | null };
  members: { maskedName: string; maskedIdNumber: string; relationToHead: string; sex: "M" | "F"; self: boolean }[];
};

export type MyIdCard = {
  maskedName: string;
  maskedIdNumber: string;
  sex: "M" | "F";
  ethnicity: string;
  birthDate: string;
  /** 住址 on the card is the registered household address. */
  address: string;
  /** 签发机关: the county-level bureau that keeps the household register. */
  issuingAuthority: string | null;
};

export type MyProfile = {
  maskedName: string;
  maskedPhone: string | null;
  maskedIdNumber: string | null;
  verification: "verified" | "unverified";
  household: MyHousehold | null;
  idCard: MyIdCard | null;
  travelDocuments: MyTravelDocument[];
  vehicles: MyVehicle[];
  drivingLicence: MyDrivingLicence | null;
};

function documentStatus(status: TravelDocument["status"], daysLeft: number): MyTravelDocument["status"] {
  if (status !== "valid") return status;
  if (daysLeft < 0) return "expired";
  return daysLeft <= expiringSoonDays ? "expiring" : "valid";
}

/**
 * What /me shows: the citizen's own account and, for a verified account, what the police registers hold
 * about them. Every identifier is masked, the citizen's own included, because a profile page is read on
 * shared screens and over shoulders; the full values are only in the data download.
 */
export async function getMyProfile(db: Db, params: { userId: string; today?: string }): Promise<MyProfile> {
  const today = params.today ?? chinaToday();
  const [user] = await db
    .select({
      name: users.name,
      phoneEnc: users.phoneEnc,
      idNumberEnc: users.idNumberEnc,
      verification: users.verification,
      residentId: users.residentId,
    })
    .from(users)
    .where(eq(users.id, params.userId));
  if (!user) throw new DomainError("NOT_FOUND");

  const verified = user.verification === "verified" && user.residentId != null;
  const profile: MyProfile = {
    maskedName: maskName(user.name),
    maskedPhone: user.phoneEnc ? maskPhone(decryptPii(user.phoneEnc)) : null,
    maskedIdNumber: user.idNumberEnc ? maskIdNumber(decryptPii(user.idNumberEnc)) : null,
    verification: verified ? "verified" : "unverified",
    household: null,
    idCard: null,
    travelDocuments: [],
    vehicles: [],
    drivingLicence: null,
  };
  if (!verified || !user.residentId) return profile;
  const residentId = user.residentId;

  const [self] = await db
    .select({
      resident: residents,
      household: households,
      station: {
        name: orgUnits.name,
        nameEn: orgUnits.nameEn,
        address: orgUnits.address,
        phone: orgUnits.phone,
        parentId: orgUnits.parentId,
      },
    })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.id, residentId));
  if (!self) return profile;

  const [members, county, documents, ownVehicles, [licence]] = await Promise.all([
    db
      .select({
        id: residents.id,
        name: residents.name,
        idNumberEnc: residents.idNumberEnc,
        relationToHead: residents.relationToHead,
        sex: residents.sex,
      })
      .from(residents)
      .where(and(eq(residents.householdId, self.household.id), eq(residents.status, "active")))
      .orderBy(asc(residents.birthDate)),
    self.station.parentId == null
      ? Promise.resolve([])
      : db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, self.station.parentId)),
    db
      .select()
      .from(travelDocuments)
      .where(eq(travelDocuments.residentId, residentId))
      .orderBy(asc(travelDocuments.type)),
    db.select().from(vehicles).where(eq(vehicles.ownerResidentId, residentId)).orderBy(asc(vehicles.registeredAt)),
    db.select().from(drivingLicences).where(eq(drivingLicences.residentId, residentId)),
  ]);

  const head = members.filter((m) => m.relationToHead === "户主");
  const others = members.filter((m) => m.relationToHead !== "户主");
  profile.household = {
    householdNumber: self.household.householdNumber,
    type: self.household.type,
    address: self.household.address,
    station: {
      name: self.station.name,
      nameEn: self.station.nameEn,
      address: self.station.address,
      phone: self.station.phone,
    },
    members: [...head, ...others].map((m) => ({
      maskedName: maskName(m.name),
      maskedIdNumber: maskIdNumber(decryptPii(m.idNumberEnc)),
      relationToHead: m.relationToHead,
      sex: m.sex,
      self: m.id === residentId,
    })),
  };
  profile.idCard = {
    maskedName: maskName(self.resident.name),
    maskedIdNumber: maskIdNumber(decryptPii(self.resident.idNumberEnc)),
    sex: self.resident.sex,
    ethnicity: self.resident.ethnicity,
    birthDate: self.resident.birthDate,
    address: self.household.address,
    issuingAuthority: county[0]?.name ?? null,
  };
  profile.travelDocuments = documents.map((d) => {
    const daysLeft = daysUntil(d.expiryDate, today);
    const counts = d.status === "valid" || d.status === "expired";
    return {
      id: d.id,
      type: d.type,
      maskedNumber: maskDocumentNumber(d.documentNumber),
      issueDate: d.issueDate,
      expiryDate: d.expiryDate,
      daysLeft: counts ? daysLeft : null,
      status: documentStatus(d.status, daysLeft),
      issuingAuthority: d.issuingAuthority,
    };
  });
  profile.vehicles = ownVehicles.map((v) => ({
    id: v.id,
    plateNumber: v.plateNumber,
    plateType: v.plateType,
    vehicleType: v.vehicleType,
    brand: v.brand,
    colour: v.colour,
    registeredAt: v.registeredAt,
    inspectionDue: v.inspectionDue,
    daysToInspection: daysUntil(v.inspectionDue, today),
    status: v.status,
  }));
  profile.drivingLicence = licence
    ? {
        vehicleClasses: licence.vehicleClasses,
        firstIssued: licence.firstIssued,
        validFrom: licence.validFrom,
        validUntil: licence.validUntil,
        daysLeft: licence.validUntil === null ? null : daysUntil(licence.validUntil, today),
        points: licence.points,
        status:
          licence.status === "valid" && licence.validUntil !== null && daysUntil(licence.validUntil, today) < 0
            ? "expired"
            : licence.status,
      }
    : null;
  return profile;
}
