import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

export const smsStatus = pgEnum("sms_status", ["queued", "sent", "delivered", "failed"]);

/**
 * SMS outbox. Rows are written in the same transaction as the change they announce; the unique
 * idempotency key makes a retried step or a duplicated event queue one message, never two.
 */
export const smsMessages = pgTable(
  "sms_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    idempotencyKey: text().notNull().unique(),
    phoneHash: varchar({ length: 64 }).notNull(),
    phoneEnc: text().notNull(),
    template: varchar({ length: 64 }).notNull(),
    params: jsonb().$type<Record<string, string>>().notNull(),
    body: text().notNull(),
    status: smsStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    provider: varchar({ length: 32 }),
    providerMessageId: text(),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.status, t.nextAttemptAt), index().on(t.phoneHash, t.createdAt), index().on(t.createdAt)],
);

export type SmsMessage = typeof smsMessages.$inferSelect;

/** An admin's wording of an SMS template, replacing the built-in text (server/notify/templates.ts) while it exists. */
export const smsTemplateTexts = pgTable("sms_template_texts", {
  template: varchar({ length: 64 }).primaryKey(),
  text: text().notNull(),
  updatedBy: uuid(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
