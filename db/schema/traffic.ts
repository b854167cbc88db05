import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { issuedDocuments } from "./documents";
import { orgUnits } from "./orgs";
import { payments } from "./payments";
import { residents } from "./population";
import { blobs } from "./storage";

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

/**
 * unpaid: decided, the fine is due (a late surcharge accrues after 15 days); paid; processing (处理中):
 * being handled at a traffic unit (disputed, or waiting for the driver to be identified), so not payable online.
 */
export const violationStatus = pgEnum("violation_status", ["unpaid", "paid", "processing"]);

/**
 * Traffic violations (交通违法记录) with their penalty decision: the act by its national code, the fine and
 * the points. Plate and plate type are copied from the vehicle as they were when the violation was recorded,
 * so a later re-plating does not rewrite history; `orgPath` is the recording unit's path, for jurisdiction.
 */
export const trafficViolations = pgTable(
  "traffic_violations",
  {
    id: uuid().primaryKey().defaultRandom(),
    vehicleId: uuid()
      .notNull()
      .references(() => vehicles.id),
    plateNumber: varchar({ length: 10 }).notNull(),
    plateType: varchar({ length: 2 }).notNull(),
    /** The driver, when known (caught on the spot, or named by the owner); null for camera records. */
    licenceResidentId: uuid().references(() => residents.id),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    /** The traffic unit that recorded it. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    orgPath: text().notNull(),
    /** 违法代码, e.g. "1039" (server/traffic/violation-codes.ts). */
    actCode: varchar({ length: 8 }).notNull(),
    actDescription: text().notNull(),
    legalBasis: text().notNull(),
    fineFen: integer().notNull(),
    points: integer().notNull(),
    status: violationStatus().notNull().default("unpaid"),
    photoBlobId: uuid().references(() => blobs.id),
    recordedBy: uuid().references(() => users.id),
    paidAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Also serves the vehicleId foreign key.
    index().on(t.vehicleId, t.status),
    index().on(t.licenceResidentId),
    index().on(t.orgUnitId),
    index().on(t.photoBlobId),
    index().on(t.recordedBy),
    index("traffic_violations_org_path_idx").on(t.orgPath.op("text_pattern_ops"), t.occurredAt),
    check("traffic_violations_fine_positive", sql`${t.fineFen} > 0`),
    check("traffic_violations_points_range", sql`${t.points} between 0 and 12`),
    check("traffic_violations_paid_at", sql`(${t.status} = 'paid') = (${t.paidAt} is not null)`),
  ],
);

/**
 * Which violations one payment order covers, with the amounts fixed when the order was made (the late
 * surcharge grows daily, the order must not). The receipt issued when it was paid is kept per item.
 */
export const finePaymentItems = pgTable(
  "fine_payment_items",
  {
    paymentId: uuid()
      .notNull()
      .references(() => payments.id),
    violationId: uuid()
      .notNull()
      .references(() => trafficViolations.id),
    fineFen: integer().notNull(),
    surchargeFen: integer().notNull(),
    receiptDocumentId: uuid().references(() => issuedDocuments.id),
  },
  (t) => [
    primaryKey({ columns: [t.paymentId, t.violationId] }),
    index().on(t.violationId),
    index().on(t.receiptDocumentId),
    check("fine_payment_items_amounts", sql`${t.fineFen} > 0 and ${t.surchargeFen} between 0 and ${t.fineFen}`),
  ],
);

export type Vehicle = typeof vehicles.$inferSelect;
export type DrivingLicence = typeof drivingLicences.$inferSelect;
export type TrafficViolation = typeof trafficViolations.$inferSelect;
export type ViolationStatus = (typeof violationStatus.enumValues)[number];
export type FinePaymentItem = typeof finePaymentItems.$inferSelect;
