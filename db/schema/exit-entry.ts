import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";
import { residents } from "./population";

export const travelDocumentType = pgEnum("travel_document_type", ["passport", "hk_macau_permit", "taiwan_permit"]);
export const travelDocumentStatus = pgEnum("travel_document_status", ["valid", "expired", "cancelled", "lost"]);

/** Exit-entry documents (护照, 往来港澳通行证, 往来台湾通行证) as the exit-entry administration records them. */
export const travelDocuments = pgTable(
  "travel_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    type: travelDocumentType().notNull(),
    documentNumber: varchar({ length: 20 }).notNull(),
    issueDate: date().notNull(),
    expiryDate: date().notNull(),
    status: travelDocumentStatus().notNull().default("valid"),
    issuingAuthority: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.residentId),
    uniqueIndex().on(t.type, t.documentNumber),
    // The reminder job pages through valid documents by (expiry date, id); this index serves that keyset.
    index().on(t.status, t.expiryDate, t.id),
  ],
);

/**
 * One row per expiry reminder sent: the unique (document, expiry date) is what makes the daily job send
 * each reminder exactly once across reruns, while a renewed document (new expiry date) is reminded again.
 */
export const travelDocumentReminders = pgTable(
  "travel_document_reminders",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => travelDocuments.id, { onDelete: "cascade" }),
    expiryDate: date().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.documentId, t.expiryDate), index().on(t.userId)],
);

export const endorsementDestination = pgEnum("endorsement_destination", ["hong_kong", "macau", "both"]);
export const endorsementTrips = pgEnum("endorsement_trips", ["one", "two"]);
export const endorsementStates = [
  "submitted",
  "fee_received",
  "permit_received",
  "ready",
  "endorsed",
  "rejected",
  "withdrawn",
] as const;
export const endorsementState = pgEnum("endorsement_state", endorsementStates);

/**
 * 往来港澳通行证旅游签注 applied for online and finished at the exit-entry window of the holder's county:
 * the officer records the fee paid and the permit handed in (either first), then the endorsement.
 */
export const endorsementApplications = pgTable(
  "endorsement_applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    number: varchar({ length: 20 }).notNull().unique(),
    applicantId: uuid()
      .notNull()
      .references(() => users.id),
    documentId: uuid()
      .notNull()
      .references(() => travelDocuments.id),
    /** The county bureau whose exit-entry window handles it: the holder's household county. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    destination: endorsementDestination().notNull(),
    trips: endorsementTrips().notNull(),
    feeFen: integer().notNull(),
    state: endorsementState().notNull().default("submitted"),
    /** Bumped by every transition: an officer acting on a stale page is refused. */
    version: integer().notNull().default(1),
    feeReceivedAt: timestamp({ withTimezone: true }),
    permitReceivedAt: timestamp({ withTimezone: true }),
    endorsedAt: timestamp({ withTimezone: true }),
    outcomeNote: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.applicantId),
    index().on(t.orgUnitId, t.state),
    // One open application per permit.
    uniqueIndex("endorsement_applications_one_open_per_document")
      .on(t.documentId)
      .where(sql`${t.state} in ('submitted', 'fee_received', 'permit_received', 'ready')`),
  ],
);

/** The timeline of an endorsement application: one row per transition. */
export const endorsementEvents = pgTable(
  "endorsement_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => endorsementApplications.id),
    action: varchar({ length: 32 }).notNull(),
    fromState: endorsementState(),
    toState: endorsementState().notNull(),
    actorId: uuid().references(() => users.id),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.applicationId), index().on(t.actorId)],
);

export const crossingDirection = pgEnum("crossing_direction", ["exit", "entry"]);

/**
 * Exit and entry records (出入境记录) as the border inspection reports them: the person by the keyed hash of
 * their ID number (a crossing is recorded whoever holds the register entry), the port, the time and the
 * document shown. 出入境记录证明 prints them.
 */
export const borderCrossings = pgTable(
  "border_crossings",
  {
    id: uuid().primaryKey().defaultRandom(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    direction: crossingDirection().notNull(),
    /** 口岸, e.g. 郑州新郑国际机场. */
    port: text().notNull(),
    crossedAt: timestamp({ withTimezone: true }).notNull(),
    documentId: uuid().references(() => travelDocuments.id),
    documentType: travelDocumentType().notNull(),
    /** 边检出入境记录编号 printed on the record the traveller is given; null for crossings recorded before it. */
    recordNumber: varchar({ length: 20 }).unique(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.idNumberHash, t.crossedAt), index().on(t.documentId)],
);

export const officialFilingStatus = pgEnum("official_filing_status", ["filed", "removed"]);

/**
 * 国家工作人员登记备案 (出入境证件管理规定): public servants whose employer filed them with the exit-entry
 * administration; a filed person applies for documents with the employer's consent and their documents are
 * kept by the employer (集中保管).
 */
export const officialFilings = pgTable(
  "official_filings",
  {
    id: uuid().primaryKey().defaultRandom(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    employer: text().notNull(),
    /** 类别: 省管干部, 处级干部, 涉密人员, 国企负责人… */
    category: text().notNull(),
    filedOn: date().notNull(),
    status: officialFilingStatus().notNull().default("filed"),
    removedOn: date(),
    /** Whether the employer keeps the person's documents. */
    documentsKeptByEmployer: boolean().notNull(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.idNumberHash), index().on(t.orgUnitId)],
);

export type TravelDocument = typeof travelDocuments.$inferSelect;
export type BorderCrossing = typeof borderCrossings.$inferSelect;
export type OfficialFiling = typeof officialFilings.$inferSelect;
export type EndorsementApplication = typeof endorsementApplications.$inferSelect;
export type EndorsementState = (typeof endorsementStates)[number];
