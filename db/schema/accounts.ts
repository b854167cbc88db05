import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";
import { residents } from "./population";

export const roles = [
  "citizen",
  "station_officer",
  "county_approver",
  "window_officer",
  "traffic_officer",
  /** Runs a unit: sees its subtree's overdue work, reassigns it and escalates it to the parent unit. */
  "supervisor",
  "exit_entry_officer",
  "insurer",
  "admin",
] as const;
export type Role = (typeof roles)[number];
export const role = pgEnum("role", roles);

export const userStatus = pgEnum("user_status", ["active", "disabled"]);
export const verification = pgEnum("verification", ["verified", "unverified"]);

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    roles: role().array().notNull(),
    name: text().notNull(),
    /** Citizens sign in by phone: keyed hash for lookup, ciphertext for sending. */
    phoneHash: varchar({ length: 64 }).unique(),
    phoneEnc: text(),
    /** Staff (officers, approvers, insurers, admins) sign in by badge/account number. */
    account: varchar({ length: 32 }).unique(),
    idNumberHash: varchar({ length: 64 }).unique(),
    idNumberEnc: text(),
    verification: verification(),
    residentId: uuid().references(() => residents.id),
    orgUnitId: integer().references(() => orgUnits.id),
    passwordHash: text().notNull(),
    totpSecretEnc: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** Last accepted TOTP time step, so one code cannot be replayed. */
    totpLastStep: integer(),
    failedSignIns: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    /** Bumped to revoke every session at once (sign out everywhere, disable). */
    sessionVersion: integer().notNull().default(1),
    status: userStatus().notNull().default("active"),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** The personal-information notice (PIPL) version the citizen consented to, and when. */
    consentVersion: varchar({ length: 16 }),
    consentedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.orgUnitId), index().on(t.residentId)],
);

export const codePurpose = pgEnum("code_purpose", [
  "sign_in",
  "register",
  "reset_password",
  "change_phone",
  "case_query",
  "accident_sign",
  "query_confirm",
]);

/** One-time SMS codes, stored only as keyed hashes. */
export const smsCodes = pgTable(
  "sms_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: codePurpose().notNull(),
    phoneHash: varchar({ length: 64 }).notNull(),
    codeHash: varchar({ length: 64 }).notNull(),
    attempts: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    consumedAt: timestamp({ withTimezone: true }),
    ip: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.phoneHash, t.purpose, t.createdAt)],
);

/** A pending TOTP enrolment: the secret is only bound to the user after a correct first code. */
export const totpEnrolments = pgTable(
  "totp_enrolments",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: varchar({ length: 64 }).notNull(),
    secretEnc: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId), uniqueIndex().on(t.tokenHash)],
);

/**
 * Sessions ended by signing out. A session token names its session; one listed here is refused on the
 * next request, though its cookie would still be valid until `expiresAt` (sign-in + the session's
 * lifetime), after which the row serves nothing.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    revokedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId), index().on(t.expiresAt)],
);

/** Fixed-window counters for rate limits that must hold across instances (per IP, per phone…). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  count: integer().notNull().default(0),
  windowStart: timestamp({ withTimezone: true }).notNull(),
});

export type User = typeof users.$inferSelect;
