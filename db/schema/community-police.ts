import { date, index, integer, pgEnum, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";

/**
 * 社区民警 (community police officers, 一村（格）一警): which officer looks after which community or village,
 * kept by the station. `streets` lists the roads and compounds of the area, so an address finds its officer.
 */
export const communityPoliceAreas = pgTable(
  "community_police_areas",
  {
    id: uuid().primaryKey().defaultRandom(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    /** 社区 or 行政村, e.g. 花园路街道农科路社区. */
    community: text().notNull(),
    streets: text().array().notNull().default([]),
    officerName: text().notNull(),
    policeNumber: varchar({ length: 8 }).notNull(),
    /** The officer's duty phone (警务室 or work mobile), published for residents. */
    dutyPhone: varchar({ length: 20 }).notNull(),
    /** 警务室 where residents find the officer. */
    office: text().notNull(),
    updatedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId), index().on(t.updatedBy)],
);

export const policeCardStatus = pgEnum("police_card_status", ["valid", "reported_lost", "revoked"]);

/**
 * 人民警察证 issued in the province: the card holder's police number (警号) and name, so anyone shown a card
 * can ask whether it is genuine. Nothing else is ever given out.
 */
export const policeCards = pgTable(
  "police_cards",
  {
    id: uuid().primaryKey().defaultRandom(),
    policeNumber: varchar({ length: 8 }).notNull().unique(),
    name: text().notNull(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    issuedOn: date().notNull(),
    status: policeCardStatus().notNull().default("valid"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId)],
);

export type CommunityPoliceArea = typeof communityPoliceAreas.$inferSelect;
export type PoliceCard = typeof policeCards.$inferSelect;
