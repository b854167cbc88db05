import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
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
import { services } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { issuedDocuments } from "./documents";
import { organisations } from "./organisations";
import { orgUnits } from "./orgs";
import { blobs } from "./storage";

export const applicationStates = [
  "draft",
  "submitted",
  "auto_review",
  "station_review",
  "needs_supplement",
  "county_review",
  "approved",
  "completed",
  "voided",
  "expired",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationState = (typeof applicationStates)[number];
export const applicationState = pgEnum("application_state", applicationStates);

/** What the station asked the citizen to fix: only these fields and materials open again. */
export type SupplementRequest = { fields: string[]; materials: string[]; comment: string; requestedAt: string };

/** How the finished document reaches the citizen. Postage is paid online before the application is submitted. */
export type Delivery =
  | { method: "window" }
  | {
      method: "post";
      recipient: string;
      phoneEnc: string;
      address: string;
      feeFen: number;
      carrier?: string;
      trackingNumber?: string;
      postedAt?: string;
    };

/** The window officer's item-by-item comparison of originals with the uploaded scans. */
export type OriginalsCheck = { materialKey: string; matches: boolean }[];

export const applications = pgTable(
  "applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** "HN" + China date + 6-digit daily sequence, given on submission; drafts have none. */
    number: varchar({ length: 20 }).unique(),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    applicantId: uuid()
      .notNull()
      .references(() => users.id),
    /** Keyed hash of the applicant's ID number: the window finds applications by ID card, and duplicates are checked by it. */
    applicantIdHash: varchar({ length: 64 }).notNull(),
    /** The company the applicant acts for (services whose engine applicant is "organisation"); null for a person. */
    organisationId: uuid().references(() => organisations.id),
    state: applicationState().notNull().default("draft"),
    /** Optimistic lock: every transition names the version it saw and bumps it. */
    version: integer().notNull().default(1),
    formData: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The handling police station, fixed on submission by the service's routing rule. */
    stationId: integer().references(() => orgUnits.id),
    /** The station's org path, copied so the jurisdiction filter is one indexed prefix match. */
    stationPath: text(),
    supplementRequest: jsonb().$type<SupplementRequest>(),
    delivery: jsonb().$type<Delivery>().notNull().default({ method: "window" }),
    paymentOrderNo: varchar({ length: 32 }),
    paidAt: timestamp({ withTimezone: true }),
    /** "Assign to me": the officer working the item; others see it locked until it is released or decided. */
    assignedTo: uuid().references(() => users.id),
    assignedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }),
    /** When the item entered its current state: queue age and SLA count from here. */
    stateSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** SLA for the current review step, in working days from stateSince; null when no one is due to act. */
    dueAt: timestamp({ withTimezone: true }),
    /** China date by which the originals must be checked at the window (approval + 60 days). */
    windowDeadline: date(),
    reminderSentAt: timestamp({ withTimezone: true }),
    originalsCheck: jsonb().$type<OriginalsCheck>(),
    /** Why the automatic review sent the item to the station, or the reason of a rejection, void or expiry. */
    outcomeReason: text(),
    /** The stateSince of the stay the SLA alert went out for: a new state means a new stay and a new alert. */
    slaAlertedFor: timestamp({ withTimezone: true }),
    /** The unit a supervisor escalated the item to, for its supervisors to follow up; kept for the record. */
    escalatedToUnitId: integer().references(() => orgUnits.id),
    escalatedAt: timestamp({ withTimezone: true }),
    /** The page or receipt printed on completion, whose QR code anyone can verify. */
    documentId: uuid().references(() => issuedDocuments.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.serviceId),
    index().on(t.applicantId, t.createdAt),
    index().on(t.applicantIdHash, t.serviceId),
    index("applications_queue_idx").on(t.stationPath.op("text_pattern_ops"), t.state, t.stateSince),
    index().on(t.stationId, t.state),
    index().on(t.assignedTo),
    index().on(t.state, t.windowDeadline),
    index().on(t.documentId),
    index().on(t.escalatedToUnitId),
    index().on(t.organisationId, t.createdAt),
    /** One draft per citizen and service: a second "apply" resumes the first, even from two tabs at once. */
    uniqueIndex("applications_one_draft_idx")
      .on(t.applicantId, t.serviceId)
      .where(sql`${t.state} = 'draft'`),
  ],
);

export const applicationMaterials = pgTable(
  "application_materials",
  {
    id: uuid().primaryKey().defaultRandom(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    /** The guide's material key ("id-card", "property-certificate"). A material may have several pages. */
    materialKey: varchar({ length: 64 }).notNull(),
    blobId: uuid()
      .notNull()
      .references(() => blobs.id),
    fileName: text().notNull(),
    contentType: varchar({ length: 100 }).notNull(),
    size: integer().notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.applicationId, t.materialKey), index().on(t.blobId)],
);

/** The timeline: one row per transition or notable action, never changed afterwards. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid()
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    action: varchar({ length: 32 }).notNull(),
    fromState: applicationState(),
    toState: applicationState().notNull(),
    actorId: uuid().references(() => users.id),
    /** "applicant", "system" or the officer role that acted. */
    actorRole: varchar({ length: 32 }).notNull(),
    actorOrgUnitId: integer().references(() => orgUnits.id),
    comment: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.applicationId, t.at), index().on(t.actorId), index().on(t.actorOrgUnitId), index().on(t.at)],
);

/** Daily sequence for application numbers; one row per China date, bumped inside the submitting transaction. */
export const applicationNumberCounters = pgTable(
  "application_number_counters",
  {
    day: date().notNull(),
    last: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day] })],
);

export type Application = typeof applications.$inferSelect;
export type ApplicationMaterial = typeof applicationMaterials.$inferSelect;
export type ApplicationEvent = typeof applicationEvents.$inferSelect;
