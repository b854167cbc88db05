import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { services } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { applicationState, applications } from "./household";

/**
 * How long an item may sit idle in a queue state before its unit's supervisor is alerted. A row without a
 * service is the default for the state; a row for a service overrides it. States without a rule never alert.
 */
export const queueSlaRules = pgTable(
  "queue_sla_rules",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    serviceId: integer().references(() => services.id),
    state: applicationState().notNull(),
    maxIdleHours: integer().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("queue_sla_rules_service_state_idx")
      .on(t.serviceId, t.state)
      .where(sql`${t.serviceId} is not null`),
    uniqueIndex("queue_sla_rules_default_state_idx")
      .on(t.state)
      .where(sql`${t.serviceId} is null`),
  ],
);

/** In-app notices for staff (overdue items, reassignments, escalations), newest first on their home. */
export const staffNotifications = pgTable(
  "staff_notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: varchar({ length: 32 }).notNull(),
    applicationId: uuid().references(() => applications.id, { onDelete: "cascade" }),
    details: jsonb().$type<Record<string, string | number | null>>().notNull().default({}),
    /** One notice per event and recipient, so a rerun of the cron or a retried request adds nothing. */
    dedupeKey: varchar({ length: 200 }).notNull().unique(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.userId, t.createdAt), index().on(t.applicationId), index().on(t.kind, t.createdAt)],
);

export type StaffNotification = typeof staffNotifications.$inferSelect;
