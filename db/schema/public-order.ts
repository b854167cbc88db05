import { sql } from "drizzle-orm";
import { date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";
import { residents } from "./population";

export const dogStatus = pgEnum("dog_status", ["registered", "cancelled", "lost", "dead"]);

/**
 * Dogs registered with the police (犬只登记, 养犬管理条例): the owner in the household register, the
 * registration tag number, the rabies vaccination's validity and the yearly inspection (年检).
 */
export const dogs = pgTable(
  "dogs",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The tag number, e.g. 郑犬2024001234. */
    registrationNumber: varchar({ length: 20 }).notNull().unique(),
    ownerResidentId: uuid()
      .notNull()
      .references(() => residents.id),
    name: text().notNull(),
    breed: text().notNull(),
    sex: varchar({ length: 1 }).notNull(),
    colour: text().notNull(),
    registeredOn: date().notNull(),
    rabiesVaccinatedUntil: date().notNull(),
    lastInspectedOn: date(),
    inspectionDue: date().notNull(),
    status: dogStatus().notNull().default("registered"),
    /** The station that registered it. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.ownerResidentId), index().on(t.orgUnitId)],
);

export const specialTradeEmploymentStatus = pgEnum("special_trade_employment_status", ["employed", "left"]);

/**
 * Employees of special trades (特种行业从业人员: hotels, seal engraving, locksmiths, second-hand goods, scrap
 * metal…) registered with the police: who works where, from when, recorded from the online registration.
 */
export const specialTradeEmployees = pgTable(
  "special_trade_employees",
  {
    id: uuid().primaryKey().defaultRandom(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    employerName: text().notNull(),
    trade: text().notNull(),
    position: text().notNull(),
    startedOn: date().notNull(),
    status: specialTradeEmploymentStatus().notNull().default("employed"),
    applicationNumber: varchar({ length: 20 }).notNull(),
    /** The unit that registered the employee. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.residentId),
    index().on(t.orgUnitId),
    // One current registration per person and employer; leaving and coming back is a new row.
    uniqueIndex("special_trade_employees_one_current")
      .on(t.residentId, t.employerName)
      .where(sql`${t.status} = 'employed'`),
  ],
);

export type Dog = typeof dogs.$inferSelect;
export type SpecialTradeEmployee = typeof specialTradeEmployees.$inferSelect;

export const guardCertificateStatus = pgEnum("guard_certificate_status", ["valid", "revoked"]);

/**
 * 保安员证 (保安服务管理条例第十六条): issued by the city bureau after the exam; anyone may check a number and
 * name. Revoked when the holder is struck off (第四十五条); some units issue it for a fixed term.
 */
export const guardCertificates = pgTable(
  "guard_certificates",
  {
    id: uuid().primaryKey().defaultRandom(),
    certificateNumber: varchar({ length: 20 }).notNull().unique(),
    holderName: text().notNull(),
    holderIdHash: varchar({ length: 64 }).notNull(),
    holderIdEnc: text().notNull(),
    /** The city bureau that issued it. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    issuedOn: date().notNull(),
    /** Null: valid without a term. */
    validUntil: date(),
    status: guardCertificateStatus().notNull().default("valid"),
    revokedOn: date(),
    employer: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId), index().on(t.holderIdHash)],
);

export type GuardCertificate = typeof guardCertificates.$inferSelect;
