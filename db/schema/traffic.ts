import { sql } from "drizzle-orm";
import {
  boolean,
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

/** seized: 查封 by a court or the police; stolen: reported 被盗抢; scrapped: 注销 after 报废. */
export const vehicleStatus = pgEnum("vehicle_status", ["normal", "scrapped", "transferred", "seized", "stolen"]);
/** suspended: 暂扣; revoked: 吊销; cancelled: 注销 (at the holder's request, death, or expired over a year). */
export const licenceStatus = pgEnum("licence_status", ["valid", "suspended", "revoked", "expired", "cancelled"]);
/** The validity periods of Order 162 art. 25: a first licence runs 6 years, the next 10, then long-term. */
export const licenceTerm = pgEnum("licence_term", ["six_years", "ten_years", "long_term"]);

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
    /**
     * Small passenger cars (non-commercial, up to 9 seats) are exempt from the station inspection for their
     * first six years (Order 164 and the 2022 reform): the owner only applies for the yearly label.
     */
    inspectionExempt: boolean().notNull().default(false),
    /** The year of the inspection label (检验合格标志) last issued; null before the first. */
    inspectionLabelYear: integer(),
    /** 交强险: the compulsory third-party insurance's last day; null when none is on record. */
    insuranceValidUntil: date(),
    /** The owner's contact phone as registered with the vehicle, encrypted; null when never given. */
    ownerPhoneEnc: text(),
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
    term: licenceTerm().notNull().default("six_years"),
    /** Null for a long-term licence (长期). */
    validUntil: date(),
    points: integer().notNull().default(0),
    status: licenceStatus().notNull().default("valid"),
    /** The last 身体条件证明 accepted (holders aged 60 and over bring one each renewal; 70 and over yearly). */
    healthCertifiedOn: date(),
    /** When the electronic licence (电子驾驶证) was first issued to the holder's app; null before. */
    electronicIssuedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.status, t.validUntil),
    check("driving_licences_long_term", sql`(${t.term} = 'long_term') = (${t.validUntil} is null)`),
  ],
);

export const licenceEventKind = pgEnum("licence_event_kind", ["renewal", "reissue", "electronic"]);

/** The licence's history of issues: each renewal, reissue and electronic licence, with the application behind it. */
export const drivingLicenceEvents = pgTable(
  "driving_licence_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    licenceId: uuid()
      .notNull()
      .references(() => drivingLicences.id),
    kind: licenceEventKind().notNull(),
    applicationNumber: varchar({ length: 20 }).notNull(),
    /** The term before and after (renewals); the same for a reissue. */
    previousValidUntil: date(),
    validUntil: date(),
    issuedBy: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.licenceId), index().on(t.issuedBy)],
);

export const vehicleEventKind = pgEnum("vehicle_event_kind", [
  "licence_reissue",
  "plate_reissue",
  "inspection_label",
  "owner_contact",
]);

/** Changes to a vehicle's papers made online: 行驶证 and plate reissues, inspection labels, the owner's phone. */
export const vehicleEvents = pgTable(
  "vehicle_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    vehicleId: uuid()
      .notNull()
      .references(() => vehicles.id),
    kind: vehicleEventKind().notNull(),
    applicationNumber: varchar({ length: 20 }).notNull(),
    /** What was issued, e.g. the label year; never a phone number. */
    detail: text().notNull().default(""),
    issuedBy: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.vehicleId, t.kind), index().on(t.issuedBy)],
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

/** The four subjects of the driving test (Order 162 art. 22): 科目一 theory, 科目二 site, 科目三 road and its safety part. */
export const examSubject = pgEnum("exam_subject", ["theory", "site", "road", "safety"]);

/** Driving test results (驾驶人考试成绩): one row per attempt at one subject, for the licence class applied for. */
export const drivingExamResults = pgTable(
  "driving_exam_results",
  {
    id: uuid().primaryKey().defaultRandom(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    /** The class applied for, e.g. "C1" or "B2" (an upgrade). */
    licenceClass: varchar({ length: 4 }).notNull(),
    subject: examSubject().notNull(),
    examDate: date().notNull(),
    /** The exam centre (考场). */
    venue: text().notNull(),
    score: integer().notNull(),
    passed: boolean().notNull(),
    /** Counts the attempts within one booking: 科目二 and 科目三 allow five (Order 162 art. 40). */
    attempt: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.residentId, t.subject, t.examDate),
    check("driving_exam_results_score_range", sql`${t.score} between 0 and 100`),
    check("driving_exam_results_attempt_positive", sql`${t.attempt} >= 1`),
  ],
);

/** What the traffic police hold (暂扣/扣留): the vehicle itself, the driving licence, the 行驶证 or a plate. */
export const seizedItemKind = pgEnum("seized_item_kind", ["vehicle", "driving_licence", "vehicle_licence", "plate"]);
export const seizureStatus = pgEnum("seizure_status", ["held", "released"]);

/** Vehicles and papers held by a traffic unit (暂扣车辆和证件), with where and how to get them back. */
export const trafficSeizures = pgTable(
  "traffic_seizures",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The party (当事人) the item was taken from. */
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    itemKind: seizedItemKind().notNull(),
    /** Null when a driving licence is held. */
    plateNumber: varchar({ length: 10 }),
    /** The act and the legal basis of the seizure. */
    reason: text().notNull(),
    seizedOn: date().notNull(),
    heldBy: integer()
      .notNull()
      .references(() => orgUnits.id),
    /** Where the item is kept and collected (the unit's window or the impound lot). */
    collectAt: text().notNull(),
    status: seizureStatus().notNull().default("held"),
    releasedOn: date(),
    /** What to bring and what must be settled first (release conditions). */
    releaseConditions: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.residentId, t.seizedOn),
    index().on(t.heldBy),
    check("traffic_seizures_released_on", sql`(${t.status} = 'released') = (${t.releasedOn} is not null)`),
  ],
);

export type Vehicle = typeof vehicles.$inferSelect;
export type DrivingLicence = typeof drivingLicences.$inferSelect;
export type LicenceTerm = (typeof licenceTerm.enumValues)[number];
export type TrafficViolation = typeof trafficViolations.$inferSelect;
export type ViolationStatus = (typeof violationStatus.enumValues)[number];
export type FinePaymentItem = typeof finePaymentItems.$inferSelect;
export type DrivingExamResult = typeof drivingExamResults.$inferSelect;
export type ExamSubject = (typeof examSubject.enumValues)[number];
export type TrafficSeizure = typeof trafficSeizures.$inferSelect;
