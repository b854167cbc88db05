import "server-only";
import { and, asc, eq, gte, inArray, isNotNull, lt, or, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  type Payment,
  type PaymentNotification,
  type PaymentNotificationOutcome,
  type PaymentStatus,
  paymentNotifications,
  payments,
} from "@/db/schema";
import { chinaDayBounds } from "@/server/dates/china-date-time";

export const reconciliationStatuses = [
  "amount_mismatch",
  "notification_without_paid_order",
  "paid_without_notification",
  "pending_expired",
  "pending",
  "closed",
  "refunded",
  "ok",
] as const;
export type ReconciliationStatus = (typeof reconciliationStatuses)[number];

/** Where our books and the provider's confirmations disagree about money: someone has to look. */
export const flaggedStatuses: readonly ReconciliationStatus[] = [
  "amount_mismatch",
  "notification_without_paid_order",
  "paid_without_notification",
];

export type ReconciliationRow = {
  orderNo: string;
  provider: string;
  status: ReconciliationStatus;
  flagged: boolean;
  /** Null when the provider confirmed an order we do not have. */
  purpose: string | null;
  paymentStatus: PaymentStatus | null;
  orderAmountFen: number | null;
  /** What the provider's latest paid confirmation (else its latest notification) said was paid. */
  notifiedAmountFen: number | null;
  providerTradeNo: string | null;
  createdAt: Date | null;
  paidAt: Date | null;
  expiresAt: Date | null;
  notifications: number;
  lastNotificationAt: Date | null;
  lastOutcome: PaymentNotificationOutcome | null;
  lastReason: string | null;
};

export type ReconciliationTotals = {
  /** Orders created that day. */
  orders: number;
  /** Orders our books mark paid that day, and their sum. */
  paidOrders: number;
  paidFen: number;
  /** Orders the provider confirmed as paid that day (each once, however often it notified), and their sum. */
  confirmedOrders: number;
  confirmedFen: number;
  flagged: number;
  byStatus: Record<ReconciliationStatus, number>;
  /** Notifications whose signature did not check out: no confirmation of anything, but worth knowing about. */
  unverifiedNotifications: number;
};

export type Reconciliation = {
  day: string;
  provider: string | null;
  rows: ReconciliationRow[];
  totals: ReconciliationTotals;
};

export type ReconcilePaymentsParams = {
  /** A China calendar day, YYYY-MM-DD. */
  day: string;
  provider?: string;
  now?: Date;
};

const within = (column: AnyPgColumn, start: Date, end: Date) => and(gte(column, start), lt(column, end));

/**
 * One day's orders against the provider's notifications, matched by order number: every order created or
 * paid that day and every verified notification received that day, each with every notification ever
 * received for its order. The day is China's.
 */
export async function reconcilePayments(db: Db, params: ReconcilePaymentsParams): Promise<Reconciliation> {
  const { start, end } = chinaDayBounds(params.day);
  const now = params.now ?? new Date();
  const byProvider = (column: typeof payments.provider | typeof paymentNotifications.provider): SQL | undefined =>
    params.provider ? eq(column, params.provider) : undefined;

  const orderedThatDay = db
    .select({ orderNo: payments.orderNo })
    .from(payments)
    .where(
      and(
        or(within(payments.createdAt, start, end), within(payments.paidAt, start, end)),
        byProvider(payments.provider),
      ),
    );
  const notifiedThatDay = db
    .select({ orderNo: paymentNotifications.orderNo })
    .from(paymentNotifications)
    .where(
      and(
        within(paymentNotifications.receivedAt, start, end),
        eq(paymentNotifications.verified, true),
        isNotNull(paymentNotifications.orderNo),
        byProvider(paymentNotifications.provider),
      ),
    );
  const ofTheDay = (column: AnyPgColumn) => or(inArray(column, orderedThatDay), inArray(column, notifiedThatDay));

  const [orderRows, notificationRows, unverified] = await Promise.all([
    db.select().from(payments).where(ofTheDay(payments.orderNo)),
    db
      .select()
      .from(paymentNotifications)
      .where(and(eq(paymentNotifications.verified, true), ofTheDay(paymentNotifications.orderNo)))
      .orderBy(asc(paymentNotifications.receivedAt), asc(paymentNotifications.id)),
    db
      .select({ id: paymentNotifications.id })
      .from(paymentNotifications)
      .where(
        and(
          within(paymentNotifications.receivedAt, start, end),
          eq(paymentNotifications.verified, false),
          byProvider(paymentNotifications.provider),
        ),
      ),
  ]);

  const paymentOf = new Map(orderRows.map((p) => [p.orderNo, p]));
  const notificationsOf = new Map<string, PaymentNotification[]>();
  for (const n of notificationRows) {
    if (!n.orderNo) continue;
    const list = notificationsOf.get(n.orderNo) ?? [];
    list.push(n);
    notificationsOf.set(n.orderNo, list);
  }

  const orderNos = new Set([...paymentOf.keys(), ...notificationsOf.keys()]);
  const rows = [...orderNos].map((orderNo) =>
    rowOf(orderNo, paymentOf.get(orderNo), notificationsOf.get(orderNo) ?? [], now),
  );
  rows.sort(
    (a, b) =>
      reconciliationStatuses.indexOf(a.status) - reconciliationStatuses.indexOf(b.status) ||
      a.orderNo.localeCompare(b.orderNo),
  );

  const byStatus = Object.fromEntries(reconciliationStatuses.map((s) => [s, 0])) as Record<
    ReconciliationStatus,
    number
  >;
  for (const row of rows) byStatus[row.status] += 1;
  const createdThatDay = orderRows.filter((p) => p.createdAt >= start && p.createdAt < end);
  const paidThatDay = orderRows.filter((p) => p.paidAt && p.paidAt >= start && p.paidAt < end);
  const confirmedThatDay = [...notificationsOf.values()]
    .map((list) => list.find((n) => n.paid && n.receivedAt >= start && n.receivedAt < end))
    .filter((n): n is PaymentNotification => n !== undefined);

  return {
    day: params.day,
    provider: params.provider ?? null,
    rows,
    totals: {
      orders: createdThatDay.length,
      paidOrders: paidThatDay.length,
      paidFen: paidThatDay.reduce((sum, p) => sum + p.amountFen, 0),
      confirmedOrders: confirmedThatDay.length,
      confirmedFen: confirmedThatDay.reduce((sum, n) => sum + (n.amountFen ?? 0), 0),
      flagged: rows.filter((r) => r.flagged).length,
      byStatus,
      unverifiedNotifications: unverified.length,
    },
  };
}

function statusOf(payment: Payment | undefined, notifications: PaymentNotification[], now: Date): ReconciliationStatus {
  const paidNotices = notifications.filter((n) => n.paid);
  if (!payment) return "notification_without_paid_order";
  if (notifications.some((n) => n.amountFen !== payment.amountFen)) return "amount_mismatch";
  switch (payment.status) {
    case "paid":
      return paidNotices.length ? "ok" : "paid_without_notification";
    case "refunded":
      return "refunded";
    case "closed":
      // The provider took money for an order we no longer collect for: it has to go back to the payer.
      return paidNotices.length ? "notification_without_paid_order" : "closed";
    case "pending":
      if (paidNotices.length) return "notification_without_paid_order";
      return payment.expiresAt <= now ? "pending_expired" : "pending";
  }
}

function rowOf(
  orderNo: string,
  payment: Payment | undefined,
  notifications: PaymentNotification[],
  now: Date,
): ReconciliationRow {
  const status = statusOf(payment, notifications, now);
  const last = notifications.at(-1);
  const lastPaid = notifications.filter((n) => n.paid).at(-1);
  return {
    orderNo,
    provider: payment?.provider ?? last?.provider ?? "",
    status,
    flagged: flaggedStatuses.includes(status),
    purpose: payment?.purpose ?? null,
    paymentStatus: payment?.status ?? null,
    orderAmountFen: payment?.amountFen ?? null,
    notifiedAmountFen: (lastPaid ?? last)?.amountFen ?? null,
    providerTradeNo: payment?.providerTradeNo ?? (lastPaid ?? last)?.tradeNo ?? null,
    createdAt: payment?.createdAt ?? null,
    paidAt: payment?.paidAt ?? null,
    expiresAt: payment?.expiresAt ?? null,
    notifications: notifications.length,
    lastNotificationAt: last?.receivedAt ?? null,
    lastOutcome: last?.outcome ?? null,
    lastReason: last?.reason ?? null,
  };
}
