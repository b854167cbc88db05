import { date, index, integer, numeric, pgEnum, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";

export const precursorDirection = pgEnum("precursor_direction", ["import", "export"]);
export const precursorPermitStatus = pgEnum("precursor_permit_status", ["valid", "used", "revoked"]);

/**
 * 易制毒化学品进出口许可 records (易制毒化学品管理条例第三章) kept by the narcotics control division: a
 * customs officer, carrier or trading partner checks a permit number against the register.
 */
export const precursorPermits = pgTable(
  "precursor_permits",
  {
    id: uuid().primaryKey().defaultRandom(),
    permitNumber: varchar({ length: 20 }).notNull().unique(),
    direction: precursorDirection().notNull(),
    companyName: text().notNull(),
    chemical: text().notNull(),
    /** Kilograms, three decimals. */
    quantityKg: numeric({ precision: 12, scale: 3 }).notNull(),
    /** The country of origin (import) or destination (export). */
    country: text().notNull(),
    port: text().notNull(),
    validFrom: date().notNull(),
    validUntil: date().notNull(),
    status: precursorPermitStatus().notNull().default("valid"),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId)],
);

export const treatmentMeasure = pgEnum("treatment_measure", [
  "community_treatment",
  "compulsory_isolation",
  "community_rehabilitation",
]);
export const treatmentStatus = pgEnum("treatment_status", ["in_progress", "completed", "ended_early"]);

/**
 * People under a drug treatment measure (禁毒法第四章): what measure, where and until when. Their family as
 * named in the decision (禁毒法第四十条 notifies it) may ask how it stands.
 */
export const drugTreatments = pgTable(
  "drug_treatments",
  {
    id: uuid().primaryKey().defaultRandom(),
    decisionNumber: varchar({ length: 40 }).notNull().unique(),
    subjectName: text().notNull(),
    subjectIdHash: varchar({ length: 64 }).notNull(),
    subjectIdEnc: text().notNull(),
    measure: treatmentMeasure().notNull(),
    /** 强制隔离戒毒所 or the community treatment office. */
    facility: text().notNull(),
    visitingNote: text().notNull(),
    startedOn: date().notNull(),
    endsOn: date().notNull(),
    status: treatmentStatus().notNull().default("in_progress"),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.subjectIdHash), index().on(t.orgUnitId)],
);

/** The family named in a treatment decision: only they may ask about it. */
export const drugTreatmentFamily = pgTable(
  "drug_treatment_family",
  {
    id: uuid().primaryKey().defaultRandom(),
    treatmentId: uuid()
      .notNull()
      .references(() => drugTreatments.id),
    relation: varchar({ length: 20 }).notNull(),
    name: text().notNull(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    idNumberEnc: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.treatmentId), index().on(t.idNumberHash)],
);

export type PrecursorPermit = typeof precursorPermits.$inferSelect;
export type DrugTreatment = typeof drugTreatments.$inferSelect;
