import { index, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { services } from "./catalog";
import { createdAt, updatedAt } from "./columns";
import { noticeObjectionStates, noticeStates } from "./notice-vocabulary";
import { orgUnits } from "./orgs";

export const noticeState = pgEnum("notice_state", noticeStates);
export const noticeObjectionState = pgEnum("notice_objection_state", noticeObjectionStates);

/**
 * A public notice (公示/公告) of one notice service, published by one unit for its legal period. The public
 * sees it only while `periodStart <= now < periodEnd` and its state is published: the listing query checks
 * the period itself, so a notice disappears at its end even before the nightly job marks it expired.
 */
export const notices = pgTable(
  "notices",
  {
    id: uuid().primaryKey().defaultRandom(),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    publishingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    /** The publishing unit's path when drafted: the jurisdiction that sees it, and the city filter. */
    publishingPath: text().notNull(),
    title: varchar({ length: 120 }).notNull(),
    body: text().notNull(),
    periodStart: timestamp({ withTimezone: true }).notNull(),
    periodEnd: timestamp({ withTimezone: true }).notNull(),
    state: noticeState().notNull().default("draft"),
    draftedBy: uuid()
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }),
    /** Why the supervisor sent it back to the drafter, shown on the draft until it is sent again. */
    returnReason: text(),
    approvedBy: uuid().references(() => users.id),
    approvedAt: timestamp({ withTimezone: true }),
    withdrawnBy: uuid().references(() => users.id),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawReason: text(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.serviceId, t.state, t.periodStart),
    index().on(t.publishingUnitId),
    index().on(t.draftedBy),
    index().on(t.approvedBy),
    index().on(t.withdrawnBy),
    index("notices_public_period_idx").on(t.state, t.periodEnd, t.periodStart),
    index("notices_publishing_path_prefix_idx").on(t.publishingPath.op("text_pattern_ops"), t.state),
  ],
);

export type Notice = typeof notices.$inferSelect;

/**
 * An objection (异议) a real-name verified citizen raised during the period, routed to the publishing unit and
 * due after the SLA's working days. The contact phone is personal data: encrypted, shown masked.
 */
export const noticeObjections = pgTable(
  "notice_objections",
  {
    id: uuid().primaryKey().defaultRandom(),
    noticeId: uuid()
      .notNull()
      .references(() => notices.id),
    citizenId: uuid()
      .notNull()
      .references(() => users.id),
    contactPhoneEnc: text().notNull(),
    body: text().notNull(),
    /** The publishing unit's path, copied so the objection queue filters without a join. */
    handlingPath: text().notNull(),
    state: noticeObjectionState().notNull().default("open"),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    answer: text(),
    answeredBy: uuid().references(() => users.id),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.noticeId),
    index().on(t.citizenId, t.createdAt),
    index().on(t.answeredBy),
    index("notice_objections_handling_path_prefix_idx").on(t.handlingPath.op("text_pattern_ops"), t.state, t.dueAt),
  ],
);

export type NoticeObjection = typeof noticeObjections.$inferSelect;
