import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

/** 存续, 吊销 (licence revoked), 注销 (deregistered): only a company in existence applies for anything. */
export const enterpriseStatuses = ["active", "revoked", "cancelled"] as const;
export type EnterpriseStatus = (typeof enterpriseStatuses)[number];
export const enterpriseStatus = pgEnum("enterprise_status", enterpriseStatuses);

/** The trades the police license or keep records of; "other" for everything else. */
export const enterpriseIndustries = ["hotel", "seal_engraving", "pawn", "security", "internet", "other"] as const;
export type EnterpriseIndustry = (typeof enterpriseIndustries)[number];
export const enterpriseIndustry = pgEnum("enterprise_industry", enterpriseIndustries);

/**
 * The market-regulation register of companies (企业登记), as the police read it: who the legal representative
 * is decides who may bind a company on the platform. Seeded here; in production a feed from the register.
 */
export const enterprises = pgTable(
  "enterprises",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** 统一社会信用代码, upper case, checked (GB 32100). */
    uscc: varchar({ length: 18 }).notNull().unique(),
    name: text().notNull(),
    /** 企业类型 as printed on the business licence (有限责任公司（自然人投资或控股） …). */
    type: text().notNull(),
    industry: enterpriseIndustry().notNull().default("other"),
    legalRepName: text().notNull(),
    /** Keyed hash of the legal representative's ID number: compared with a user's to bind them. */
    legalRepIdHash: varchar({ length: 64 }).notNull(),
    legalRepIdEnc: text().notNull(),
    registeredAddress: text().notNull(),
    /** GB/T 2260 code of the registered address. */
    divisionCode: varchar({ length: 6 }).notNull(),
    status: enterpriseStatus().notNull().default("active"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.legalRepIdHash)],
);

/** A company bound on the platform: made by its legal representative's first binding, kept for its applications. */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid().primaryKey().defaultRandom(),
    enterpriseId: uuid()
      .notNull()
      .unique()
      .references(() => enterprises.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.createdBy)],
);

export const organisationRoles = ["legal_representative", "authorised"] as const;
export type OrganisationRole = (typeof organisationRoles)[number];
export const organisationRole = pgEnum("organisation_role", organisationRoles);

/**
 * Who acts for a company. A legal representative's membership counts only while the register still names
 * them; an authorised person's until it is revoked (by a legal representative, or by leaving). Rows are
 * never deleted: who could act for the company when stays on record.
 */
export const organisationMembers = pgTable(
  "organisation_members",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    role: organisationRole().notNull(),
    /** The legal representative who authorised this person; null for a legal representative. */
    authorisedBy: uuid().references(() => users.id),
    since: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedBy: uuid().references(() => users.id),
  },
  (t) => [
    index().on(t.organisationId),
    index().on(t.userId),
    index().on(t.authorisedBy),
    index().on(t.revokedBy),
    /** One current membership per person and company: binding or authorising twice is a conflict. */
    uniqueIndex("organisation_members_current_idx")
      .on(t.organisationId, t.userId)
      .where(sql`${t.revokedAt} is null`),
  ],
);

export type Enterprise = typeof enterprises.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;
export type OrganisationMember = typeof organisationMembers.$inferSelect;
