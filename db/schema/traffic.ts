import { date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";
import { residents } from "./population";

export const vehicleStatus = pgEnum("vehicle_status", ["normal", "scrapped", "transferred", "seized"]);
export const licenceStatus = pgEnum("licence_status", ["valid", "suspended", "revoked", "expired"]);

/** Motor vehicles registered by the traffic administration (机动车登记). */
export const vehicles = pgTable(
  "vehicles",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Normalised without separator: 豫A12345. */
    plateNumber: varchar({ length: 10 }).notNull(),
    /** GA 24.7 plate type code: "02" small car, "01" large vehicle, "52" small new-energy… */
    plateType: varchar({ length: 2 }).notNull(),
    vehicleType: text().notNull(),
    brand: text().notNull(),
    colour: text().notNull(),
    vin: varchar({ length: 17 }).notNull().unique(),
    ownerResidentId: uuid().references(() => residents.id),
    registeredAt: date().notNull(),
    inspectionDue: date().notNull(),
    status: vehicleStatus().notNull().default("normal"),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.plateNumber, t.plateType), index().on(t.ownerResidentId), index().on(t.orgUnitId)],
);

/** Driving licences (机动车驾驶证); the licence number is the holder's ID number, so only the holder link is kept. */
export const drivingLicences = pgTable(
  "driving_licences",
  {
    id: uuid().primaryKey().defaultRandom(),
    residentId: uuid()
      .notNull()
      .unique()
      .references(() => residents.id),
    archiveNumber: varchar({ length: 12 }).notNull().unique(),
    vehicleClasses: text().notNull(),
    firstIssued: date().notNull(),
    validFrom: date().notNull(),
    validUntil: date().notNull(),
    points: integer().notNull().default(0),
    status: licenceStatus().notNull().default("valid"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.status, t.validUntil)],
);

export type Vehicle = typeof vehicles.$inferSelect;
export type DrivingLicence = typeof drivingLicences.$inferSelect;
