import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { caseNodeKinds, caseTypes, coerciveMeasures, queryPersonRelations } from "./case-vocabulary";
import { orgUnits } from "./orgs";

export const caseType = pgEnum("case_type", caseTypes);

/** A case registered by its handling unit so that its parties and their family can follow its progress. */
export const cases = pgTable(
  "cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseNumber: varchar({ length: 40 }).notNull().unique(),
    type: caseType().notNull(),
    /** What queriers see: worded by the officer without sensitive detail. */
    title: text().notNull(),
    handlingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    officerInChargeId: uuid()
      .notNull()
      .references(() => users.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.handlingUnitId),
    index().on(t.officerInChargeId),
    index().on(t.createdBy),
    index().on(t.createdAt),
  ],
);

export const queryPersonRelation = pgEnum("query_person_relation", queryPersonRelations);

/**
 * Someone allowed to query one case: ID number and phone encrypted with keyed hashes, and the query number
 * kept only as a keyed hash (it is a credential: shown once, on creation and re-issue).
 */
export const caseQueryPersons = pgTable(
  "case_query_persons",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    relation: queryPersonRelation().notNull(),
    /** A family member's relation to the party (父亲, 配偶…); null for a party. */
    familyRelation: varchar({ length: 20 }),
    idNumberHash: varchar({ length: 64 }).notNull(),
    idNumberEnc: text().notNull(),
    phoneHash: varchar({ length: 64 }).notNull(),
    phoneEnc: text().notNull(),
    queryNumberHash: varchar({ length: 64 }).notNull().unique(),
    queryNumberIssuedAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.caseId), index().on(t.createdBy), index().on(t.revokedBy)],
);

export const caseNodeKind = pgEnum("case_node_kind", caseNodeKinds);

export const coerciveMeasure = pgEnum("coercive_measure", coerciveMeasures);

/** One step of the case's progress; everything here is shown to the case's query persons. */
export const caseNodes = pgTable(
  "case_nodes",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: caseNodeKind().notNull(),
    measure: coerciveMeasure(),
    occurredOn: date().notNull(),
    remark: text().notNull().default(""),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.caseId, t.occurredOn), index().on(t.recordedBy)],
);

/**
 * Criminal records (违法犯罪记录) as the courts' effective judgments report them, by the keyed hash of the
 * person's ID number: the case register above tracks progress for queriers and does not say who was convicted.
 * 无犯罪记录证明 is issued only when nothing is recorded here.
 */
export const criminalRecords = pgTable(
  "criminal_records",
  {
    id: uuid().primaryKey().defaultRandom(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    idNumberEnc: text().notNull(),
    offence: text().notNull(),
    court: text().notNull(),
    judgmentDate: date().notNull(),
    sentence: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.idNumberHash)],
);

/**
 * Defence lawyers registered on a case (刑事诉讼法第三十四条、第四十条): by practising certificate number and
 * ID number, so the lawyer, signed in, can read the case's information and book file reading.
 */
export const caseLawyers = pgTable(
  "case_lawyers",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    name: text().notNull(),
    /** The 17-digit 律师执业证号. */
    certificateNumber: varchar({ length: 17 }).notNull(),
    lawFirm: text().notNull(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    idNumberEnc: text().notNull(),
    /** Whom the lawyer defends, as the retainer names them. */
    clientName: text().notNull(),
    clientIdHash: varchar({ length: 64 }).notNull(),
    /** What the lawyer may do next (阅卷 at the unit's case room, meeting the client at the detention house). */
    fileReadingNote: text().notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.caseId), index().on(t.idNumberHash)],
);

export type Case = typeof cases.$inferSelect;
export type CaseLawyer = typeof caseLawyers.$inferSelect;
export type CriminalRecord = typeof criminalRecords.$inferSelect;
export type CaseQueryPerson = typeof caseQueryPersons.$inferSelect;
export type CaseNode = typeof caseNodes.$inferSelect;
