import { date, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { orgUnits } from "./orgs";

export const filingEntityType = pgEnum("filing_entity_type", ["enterprise", "government", "institution", "individual"]);
export const filingStatus = pgEnum("filing_status", ["active", "cancelled"]);

/**
 * 公安联网备案 (计算机信息网络国际联网安全保护管理办法第十二条): websites and apps filed with the cyber security
 * division; the number (豫公网安备41010502000123号) is shown in the site's footer and anyone may check it.
 */
export const internetFilings = pgTable(
  "internet_filings",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The 14 digits of 豫公网安备…号. */
    filingNumber: varchar({ length: 14 }).notNull().unique(),
    siteName: text().notNull(),
    /** Lower-case host without "www.", e.g. example.com.cn. */
    domain: varchar({ length: 253 }).notNull(),
    entityName: text().notNull(),
    entityType: filingEntityType().notNull(),
    filedOn: date().notNull(),
    status: filingStatus().notNull().default("active"),
    /** The cyber security division that keeps the filing. */
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.domain), index().on(t.orgUnitId)],
);

export const fraudIndicatorKind = pgEnum("fraud_indicator_kind", ["phone", "url"]);
export const fraudIndicatorStatus = pgEnum("fraud_indicator_status", ["flagged", "cleared"]);

/**
 * Numbers and sites the anti-fraud centre (反诈中心) flagged from victims' reports and its own analysis;
 * cleared when an owner proves the flag wrong. `value` is normalised: digits only for phones, the host for URLs.
 */
export const fraudIndicators = pgTable(
  "fraud_indicators",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: fraudIndicatorKind().notNull(),
    value: varchar({ length: 253 }).notNull(),
    /** The scheme, as a fixed key: impersonating_police, investment, loan, refund, part_time_job… */
    scheme: varchar({ length: 32 }).notNull(),
    reportCount: integer().notNull().default(1),
    flaggedOn: date().notNull(),
    status: fraudIndicatorStatus().notNull().default("flagged"),
    orgUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex().on(t.kind, t.value), index().on(t.orgUnitId)],
);

export const subscriberLineKind = pgEnum("subscriber_line_kind", ["phone_card", "bank_account", "payment_account"]);
export const subscriberLineStatus = pgEnum("subscriber_line_status", ["active", "suspended", "closed"]);

/**
 * Phone cards and accounts opened in a person's name (一证通查, 反电信网络诈骗法第三十二条), as operators and
 * banks report them: the holder by the keyed hash of the ID number, the line only by its last four digits.
 */
export const subscriberLines = pgTable(
  "subscriber_lines",
  {
    id: uuid().primaryKey().defaultRandom(),
    holderIdHash: varchar({ length: 64 }).notNull(),
    kind: subscriberLineKind().notNull(),
    /** 中国移动, 中国工商银行, 支付宝… */
    provider: text().notNull(),
    lastFour: varchar({ length: 4 }).notNull(),
    openedOn: date().notNull(),
    /** Where it was opened: a province for phone cards, a branch for bank accounts. */
    openedAt: text().notNull(),
    status: subscriberLineStatus().notNull().default("active"),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.holderIdHash)],
);

export type InternetFiling = typeof internetFilings.$inferSelect;
export type FraudIndicator = typeof fraudIndicators.$inferSelect;
export type SubscriberLine = typeof subscriberLines.$inferSelect;
