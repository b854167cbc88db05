import { date, index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";

export const detentionMeasure = pgEnum("detention_measure", [
  "criminal_detention",
  "arrest",
  "administrative_detention",
]);
export const detentionStatus = pgEnum("detention_status", ["held", "released", "transferred"]);

/**
 * People held in a detention house (看守所) or detention centre (拘留所). The handling unit notifies the family
 * within 24 hours (刑事诉讼法第八十五条、第九十三条; 治安管理处罚法第九十七条); the notified family and the
 * retained defence lawyer may ask where the person is held.
 */
export const detentions = pgTable(
  "detentions",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** 拘留通知书 / 逮捕通知书 number, e.g. 金公(刑)拘通字〔2026〕0123号. */
    noticeNumber: varchar({ length: 40 }).notNull().unique(),
    detaineeName: text().notNull(),
    detaineeIdHash: varchar({ length: 64 }).notNull(),
    detaineeIdEnc: text().notNull(),
    measure: detentionMeasure().notNull(),
    /** The suspected offence or the act, as the notice words it. */
    reason: text().notNull(),
    detainedAt: timestamp({ withTimezone: true }).notNull(),
    noticeSentAt: timestamp({ withTimezone: true }).notNull(),
    /** 看守所 or 拘留所, with its visiting address. */
    facility: text().notNull(),
    facilityAddress: text().notNull(),
    status: detentionStatus().notNull().default("held"),
    endedOn: date(),
    handlingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.detaineeIdHash), index().on(t.handlingUnitId)],
);

export const detentionContactRole = pgEnum("detention_contact_role", ["family", "lawyer"]);

/** Who was notified (family) or retained (lawyer, by practising certificate number) for a detention. */
export const detentionContacts = pgTable(
  "detention_contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    detentionId: uuid()
      .notNull()
      .references(() => detentions.id),
    role: detentionContactRole().notNull(),
    /** Family only: 配偶, 父亲, 女儿… */
    relation: varchar({ length: 20 }),
    name: text().notNull(),
    idNumberHash: varchar({ length: 64 }).notNull(),
    idNumberEnc: text().notNull(),
    /** Lawyers only: the 17-digit 律师执业证号 and the firm. */
    certificateNumber: varchar({ length: 17 }),
    lawFirm: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.detentionId), index().on(t.idNumberHash)],
);

export const bailDepositStatus = pgEnum("bail_deposit_status", ["held", "refund_due", "refunded", "forfeited"]);

/**
 * 取保候审保证金 (刑事诉讼法第七十一条、取保候审规定第三十一条): paid into the unit's bank account; refunded to the
 * depositor when bail ends without a breach, forfeited (in part) on a breach.
 */
export const bailDeposits = pgTable(
  "bail_deposits",
  {
    id: uuid().primaryKey().defaultRandom(),
    receiptNumber: varchar({ length: 24 }).notNull().unique(),
    depositorName: text().notNull(),
    depositorIdHash: varchar({ length: 64 }).notNull(),
    depositorIdEnc: text().notNull(),
    amountFen: integer().notNull(),
    paidOn: date().notNull(),
    bailFrom: date().notNull(),
    bailEndedOn: date(),
    status: bailDepositStatus().notNull().default("held"),
    /** Refunded: when; forfeited: the decision number. */
    refundedOn: date(),
    forfeitDecision: text(),
    bank: text().notNull(),
    handlingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.depositorIdHash), index().on(t.handlingUnitId)],
);

export type Detention = typeof detentions.$inferSelect;
export type DetentionContact = typeof detentionContacts.$inferSelect;
export type BailDeposit = typeof bailDeposits.$inferSelect;
