import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { lostFoundCategories, lostFoundStatuses } from "./lost-found-vocabulary";
import { orgUnits } from "./orgs";

export const lostFoundCategory = pgEnum("lost_found_category", lostFoundCategories);
export const lostFoundStatus = pgEnum("lost_found_status", lostFoundStatuses);

/**
 * Found property handed to the police (拾得物, 民法典第三百一十四条起): recorded by the station that keeps it,
 * searchable by anyone through 失物招领 without the marks that prove ownership, returned to the owner who
 * shows ID and describes those marks, handed to the state when nobody claims it within a year.
 */
export const lostFoundItems = pgTable(
  "lost_found_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** 招领编号, e.g. SL4101050120260042: the keeping unit's code, the year and a sequence. */
    itemNumber: varchar({ length: 24 }).notNull().unique(),
    category: lostFoundCategory().notNull(),
    /** What the public sees: kind, colour, brand — never a name or number found on it. */
    description: text().notNull(),
    /** Seen only by officers: what a claimant must describe (contents, marks, names or numbers on it). */
    identifyingMarks: text().notNull(),
    foundPlace: text().notNull(),
    foundOn: date().notNull(),
    /** The station that keeps it and returns it. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    status: lostFoundStatus().notNull().default("held"),
    recordedBy: uuid().references(() => users.id),
    claimantName: text(),
    claimantIdHash: varchar({ length: 64 }),
    claimantIdEnc: text(),
    returnedAt: timestamp({ withTimezone: true }),
    returnedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.orgUnitId, t.status),
    index().on(t.status, t.foundOn),
    index().on(t.claimantIdHash),
    index().on(t.recordedBy),
    index().on(t.returnedBy),
  ],
);

export type LostFoundItem = typeof lostFoundItems.$inferSelect;
