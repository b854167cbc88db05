import { date, index, integer, pgEnum, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";

export const householdType = pgEnum("household_type", ["family", "collective"]);
export const residentStatus = pgEnum("resident_status", ["active", "deceased", "moved_out", "cancelled"]);
export const sex = pgEnum("sex", ["M", "F"]);

/** The police's own household register (户籍). Real-name checks and automatic review read it. */
export const households = pgTable(
  "households",
  {
    id: uuid().primaryKey().defaultRandom(),
    householdNumber: varchar({ length: 16 }).notNull().unique(),
    type: householdType().notNull().default("family"),
    address: text().notNull(),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId)],
);

export const residents = pgTable(
  "residents",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** AES-GCM ciphertext of the GB 11643 number; never stored in clear. */
    idNumberEnc: text().notNull(),
    /** Keyed HMAC of the normalised number, for exact lookup. */
    idNumberHash: varchar({ length: 64 }).notNull().unique(),
    name: text().notNull(),
    sex: sex().notNull(),
    birthDate: date().notNull(),
    ethnicity: text().notNull().default("汉族"),
    householdId: uuid()
      .notNull()
      .references(() => households.id),
    relationToHead: text().notNull(),
    status: residentStatus().notNull().default("active"),
    /** Names registered before a change of name (曾用名), oldest first. */
    formerNames: text().array().notNull().default([]),
    /** The other items of the 常住人口登记表 that household services change; null until registered. */
    birthplace: text(),
    education: text(),
    maritalStatus: text(),
    militaryService: text(),
    employer: text(),
    occupation: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // By name: 同名同姓人数 counts the people registered under one name.
  (t) => [index().on(t.householdId), index().on(t.name)],
);

export type Resident = typeof residents.$inferSelect;
export type Household = typeof households.$inferSelect;
