import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
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
import { blobs } from "./storage";

/** Motor-vehicle insurers (财产保险公司) whose policyholders can claim through the platform. */
export const insurers = pgTable("insurers", {
  id: serial().primaryKey(),
  /** Short code, e.g. "PICC". */
  code: varchar({ length: 16 }).notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  createdAt: createdAt(),
});

/** Which company an insurer user works for: one each, so the primary key is the user. */
export const insurerStaff = pgTable(
  "insurer_staff",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id),
    insurerId: integer()
      .notNull()
      .references(() => insurers.id),
  },
  (t) => [index().on(t.insurerId)],
);

/**
 * gathering: parties joining and photos arriving; agreeing: the parties chose to settle liability themselves
 * and are signing; awaiting_determination: remote determination asked for, in the traffic officers' queue;
 * retake: the officer asked for a photo again; agreed / determined: liability settled (协议书 / 认定书 issued).
 */
export const accidentStatus = pgEnum("accident_status", [
  "gathering",
  "agreeing",
  "awaiting_determination",
  "retake",
  "agreed",
  "determined",
]);

/** 全部 / 主要 / 同等 / 次要 / 无责任. */
export const liability = pgEnum("liability", ["full", "main", "equal", "secondary", "none"]);

/**
 * A minor accident handled online (快处快赔). `code` is the 6-digit code the other parties join with, while
 * the accident gathers; `orgPath` is the path of the district/county unit where it happened, for the traffic
 * officers' jurisdiction. `version` grows with every change, so open pages can poll it cheaply.
 */
export const accidents = pgTable(
  "accidents",
  {
    id: uuid().primaryKey().defaultRandom(),
    code: varchar({ length: 6 }).notNull(),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    orgPath: text().notNull(),
    partyCount: smallint().notNull().default(2),
    status: accidentStatus().notNull().default("gathering"),
    /** When it (last) entered the officers' queue, for oldest-first order and the waiting time. */
    awaitingSince: timestamp({ withTimezone: true }),
    lastPhotoAt: timestamp({ withTimezone: true }),
    /** The photo slot the officer wants again, and why. */
    retakeSlot: varchar({ length: 32 }),
    retakeNote: text(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id),
    decisionRule: text(),
    decisionNote: text(),
    documentId: uuid().references(() => issuedDocuments.id),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A code is unique only among accidents still open for joining.
    uniqueIndex("accidents_open_code_idx")
      .on(t.code)
      .where(sql`${t.status} = 'gathering'`),
    index().on(t.reporterId),
    index().on(t.orgUnitId),
    index().on(t.decidedBy),
    index().on(t.documentId),
    index("accidents_queue_idx").on(t.orgPath.op("text_pattern_ops"), t.status, t.awaitingSince),
    check("accidents_party_count", sql`${t.partyCount} between 2 and 5`),
  ],
);

/**
 * One party (甲, 乙, 丙…) with what they stated: licence number (the holder's ID number, encrypted with a
 * keyed hash for the register look-up), plate, insurer and phone. `claimedLiability` is what they agreed,
 * `liability` what stands (agreed or determined). The assessed loss (定损) and payment (赔付) are recorded by
 * the party's own insurer.
 */
export const accidentParties = pgTable(
  "accident_parties",
  {
    id: uuid().primaryKey().defaultRandom(),
    accidentId: uuid()
      .notNull()
      .references(() => accidents.id),
    position: smallint().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    licenceNumberEnc: text().notNull(),
    licenceNumberHash: varchar({ length: 64 }).notNull(),
    plateNumber: varchar({ length: 10 }).notNull(),
    insurerId: integer()
      .notNull()
      .references(() => insurers.id),
    phoneEnc: text().notNull(),
    statement: text(),
    claimedLiability: liability(),
    signedAt: timestamp({ withTimezone: true }),
    liability: liability(),
    assessedLossFen: integer(),
    assessedAt: timestamp({ withTimezone: true }),
    assessedBy: uuid().references(() => users.id),
    paidFen: integer(),
    paidAt: timestamp({ withTimezone: true }),
    paidBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex().on(t.accidentId, t.position),
    uniqueIndex().on(t.accidentId, t.userId),
    index().on(t.userId),
    index().on(t.insurerId, t.liability),
    index().on(t.assessedBy),
    index().on(t.paidBy),
    check("accident_parties_position", sql`${t.position} between 1 and 5`),
    check("accident_parties_paid_after_assessed", sql`${t.paidAt} is null or ${t.assessedAt} is not null`),
  ],
);

/**
 * The guided photos, one per slot: "p1.driver_licence", "p2.plate", "collision", "panorama"… A retake
 * replaces the slot's blob.
 */
export const accidentPhotos = pgTable(
  "accident_photos",
  {
    accidentId: uuid()
      .notNull()
      .references(() => accidents.id),
    slot: varchar({ length: 32 }).notNull(),
    blobId: uuid()
      .notNull()
      .references(() => blobs.id),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accidentId, t.slot] }), index().on(t.blobId), index().on(t.uploadedBy)],
);

export type Accident = typeof accidents.$inferSelect;
export type AccidentParty = typeof accidentParties.$inferSelect;
export type Liability = (typeof liability.enumValues)[number];
export type AccidentStatus = (typeof accidentStatus.enumValues)[number];
