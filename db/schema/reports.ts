import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { services } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";
import { reportReplyAuthors, reportStates } from "./report-vocabulary";

export const reportState = pgEnum("report_state", reportStates);
export const reportReplyAuthor = pgEnum("report_reply_author", reportReplyAuthors);

/**
 * A report, complaint, tip or petition (the services whose outcome is a record), routed to the handling unit.
 * An anonymous one keeps no link to the account that filed it: only the keyed hash of the follow-up token
 * shown once to the reporter, which is how they read the replies.
 */
export const reports = pgTable(
  "reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** "JB" + China date + the day's sequence, the receipt number. */
    number: varchar({ length: 20 }).notNull().unique(),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    /** Null exactly when anonymous. */
    reporterId: uuid().references(() => users.id),
    anonymous: boolean().notNull(),
    followUpTokenHash: varchar({ length: 64 }).unique(),
    answers: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The police station of the place the report is about, as the reporter chose it. */
    placeStationId: integer()
      .notNull()
      .references(() => orgUnits.id),
    handlingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    /** The handling unit's path when filed: the jurisdiction that sees it. */
    handlingPath: text().notNull(),
    state: reportState().notNull().default("received"),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    assignedTo: uuid().references(() => users.id),
    result: text(),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.serviceId),
    index().on(t.reporterId, t.createdAt),
    index().on(t.placeStationId),
    index().on(t.handlingUnitId),
    index().on(t.assignedTo),
    index("reports_handling_path_prefix_idx").on(t.handlingPath.op("text_pattern_ops"), t.state),
  ],
);

export type Report = typeof reports.$inferSelect;

/** Replies of the handling unit and follow-up messages of the reporter; every one is shown to the reporter. */
export const reportReplies = pgTable(
  "report_replies",
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => reports.id),
    author: reportReplyAuthor().notNull(),
    /** The officer who replied; null for the reporter, whose identity the report itself carries (or not). */
    officerId: uuid().references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.reportId, t.createdAt), index().on(t.officerId)],
);

/** The day's last receipt number, bumped inside the filing transaction so numbers stay gap-free per day. */
export const reportNumberCounters = pgTable("report_number_counters", {
  day: date().primaryKey(),
  last: integer().notNull(),
});
