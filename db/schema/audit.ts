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
