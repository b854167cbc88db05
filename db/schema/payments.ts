import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

export const paymentStatus = pgEnum("payment_status", ["pending", "paid", "closed", "refunded"]);

/**
 * One attempt to collect one amount from one payer for one thing (`subjectType` + `subjectId`, e.g. an
 * application). The caller's idempotency key names that thing; a closed or expired attempt is followed
 * by a new row under the same key with the next `attempt`, so the pair is what is unique.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Our order number as the provider sees it (Alipay's out_trade_no): random, so it cannot be guessed. */
    orderNo: varchar({ length: 32 }).notNull().unique(),
    purpose: varchar({ length: 32 }).notNull(),
    subjectType: varchar({ length: 32 }).notNull(),
    subjectId: text().notNull(),
    payerId: uuid()
      .notNull()
      .references(() => users.id),
    amountFen: integer().notNull(),
    description: text().notNull(),
    provider: varchar({ length: 16 }).notNull(),
    status: paymentStatus().notNull().default("pending"),
    providerTradeNo: text(),
    idempotencyKey: text().notNull(),
    attempt: integer().notNull().default(1),
    /** Where the payer goes back to after paying or cancelling: a path on this site only. */
    returnPath: text().notNull(),
    paidAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex().on(t.idempotencyKey, t.attempt),
    index().on(t.payerId),
    index().on(t.subjectType, t.subjectId),
    index().on(t.status, t.expiresAt),
    index().on(t.createdAt),
    index().on(t.paidAt),
    check("payments_amount_fen_positive", sql`${t.amountFen} > 0`),
    check("payments_return_path_local", sql`${t.returnPath} like '/%' and ${t.returnPath} not like '%//%'`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];

export const paymentNotificationOutcome = pgEnum("payment_notification_outcome", [
  "paid",
  "already_paid",
  "not_paid",
  "refused",
  "failed",
]);

/**
 * Every notification a provider (or someone pretending to be one) sent, and what we made of it: the
 * provider's side of the daily reconciliation. No foreign key, since a notification may name an order we
 * never had. `fields` keeps only a whitelist of the provider's fields (no buyer account, no signature).
 */
export const paymentNotifications = pgTable(
  "payment_notifications",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    provider: varchar({ length: 16 }).notNull(),
    /** Null when the notification named no readable order number. */
    orderNo: varchar({ length: 32 }),
    tradeNo: varchar({ length: 64 }),
    amountFen: integer(),
    /** Whether the signature (and the merchant it names) checked out: only then are the other columns the provider's word. */
    verified: boolean().notNull(),
    /** The provider says the payer paid (TRADE_SUCCESS / TRADE_FINISHED). */
    paid: boolean().notNull(),
    outcome: paymentNotificationOutcome().notNull(),
    /** Why it was refused or failed, e.g. `bad_signature`, `order_closed`. */
    reason: varchar({ length: 32 }),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fields: jsonb().$type<Record<string, string>>().notNull(),
  },
  (t) => [index().on(t.receivedAt), index().on(t.orderNo)],
);

export type PaymentNotification = typeof paymentNotifications.$inferSelect;
export type PaymentNotificationOutcome = (typeof paymentNotificationOutcome.enumValues)[number];
