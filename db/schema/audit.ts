import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. No foreign keys, so rows outlive what they name. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid(),
    actorRole: text(),
    actorOrgUnitId: integer(),
    action: varchar({ length: 64 }).notNull(),
    targetType: varchar({ length: 32 }),
    targetId: text(),
    /** Keyed hash of the ID number whose personal data was touched ("who looked at me"). */
    subjectIdHash: varchar({ length: 64 }),
    outcome: varchar({ length: 16 }).notNull().default("ok"),
    details: jsonb().$type<Record<string, unknown>>(),
    ip: text(),
    correlationId: text(),
  },
  (t) => [
    index().on(t.at),
    index().on(t.actorId, t.at),
    index().on(t.action, t.at),
    index().on(t.targetType, t.targetId),
    index().on(t.subjectIdHash, t.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;

/**
 * One archived batch of audit rows: a gzip JSON-lines object in blob storage, read back and checked before
 * anything is removed. The audit trigger lets a DELETE through only for rows older than the retention period
 * whose id lies in a verified batch here, and only in a transaction that asked for it (see the migration).
 */
export const auditArchives = pgTable(
  "audit_archives",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    firstId: bigint({ mode: "number" }).notNull(),
    lastId: bigint({ mode: "number" }).notNull(),
    firstAt: timestamp({ withTimezone: true }).notNull(),
    lastAt: timestamp({ withTimezone: true }).notNull(),
    rowCount: integer().notNull(),
    blobKey: text().notNull().unique(),
    /** Where the blob adapter put it; never handed to a browser. */
    location: text().notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    size: integer().notNull(),
    verifiedAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.firstId, t.lastId)],
);

export type AuditArchive = typeof auditArchives.$inferSelect;
