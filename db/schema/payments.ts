import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
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
    check("payments_amount_fen_positive", sql`${t.amountFen} > 0`),
    check("payments_return_path_local", sql`${t.returnPath} like '/%' and ${t.returnPath} not like '%//%'`),
  ],
);

export type Payment = typeof payments.$inferSelect;
export type PaymentStatus = (typeof paymentStatus.enumValues)[number];
