import "server-only";
import { and, count, desc, eq, gt, gte, like, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type PaymentStatus, payments, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskName } from "@/server/crypto/mask";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { DomainError } from "@/server/errors";

export const paymentListPageSize = 25;

/** The stored statuses, with "pending" split: an expired pending order can no longer be paid. */
export const paymentListStatuses = ["pending", "expired", "paid", "closed", "refunded"] as const;
export type PaymentListStatus = (typeof paymentListStatuses)[number];

export type PaymentListRow = {
  orderNo: string;
  purpose: string;
  description: string;
  amountFen: number;
  status: PaymentListStatus;
  provider: string;
  providerTradeNo: string | null;
  /** The payer's name, masked: enough to answer a phone call about "my payment", not to identify anyone. */
  payerMaskedName: string;
  createdAt: Date;
  paidAt: Date | null;
  expiresAt: Date;
};

export type PaymentList = {
  rows: PaymentListRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Over every order matching the filter, not only this page. */
  totals: { amountFen: number; paidOrders: number; paidFen: number };
};

export type ListPaymentsParams = {
  /** China calendar days (YYYY-MM-DD), both included, on the order's creation. */
  fromDay: string;
  toDay: string;
  status?: PaymentListStatus;
  purpose?: string;
  provider?: string;
  /** The start of our order number, or the provider's whole trade number. */
  number?: string;
  page: number;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/** A year at most, so one request cannot make the database sum the whole history. */
const maxDays = 366;

function statusCondition(status: PaymentListStatus, now: Date): SQL | undefined {
  switch (status) {
    case "pending":
      return and(eq(payments.status, "pending"), gt(payments.expiresAt, now));
    case "expired":
      return and(eq(payments.status, "pending"), lte(payments.expiresAt, now));
    default:
      return eq(payments.status, status satisfies PaymentStatus);
  }
}

/**
 * The finance view of payment orders, newest first, with totals over the whole filter. Payer names are
 * personal data, so each view is audited.
 */
export async function listPayments(db: Db, params: ListPaymentsParams): Promise<PaymentList> {
  const now = params.now ?? new Date();
  const from = chinaDayBounds(params.fromDay).start;
  const to = chinaDayBounds(params.toDay).end;
  if (from >= to || to.getTime() - from.getTime() > maxDays * 86_400_000) throw new DomainError("BAD_INPUT");
  const conditions: (SQL | undefined)[] = [gte(payments.createdAt, from), lt(payments.createdAt, to)];
  if (params.status) conditions.push(statusCondition(params.status, now));
  if (params.purpose) conditions.push(eq(payments.purpose, params.purpose));
  if (params.provider) conditions.push(eq(payments.provider, params.provider));
  if (params.number) {
    // Order numbers are letters and digits only, so the pattern can hold no wildcard of the caller's.
    const prefix = /^[0-9A-Za-z]+$/.test(params.number) ? params.number.toUpperCase() : "";
    conditions.push(
      or(prefix ? like(payments.orderNo, `${prefix}%`) : undefined, eq(payments.providerTradeNo, params.number)),
    );
  }
  const where = and(...conditions);

  return db.transaction(async (tx) => {
    const [summary] = await tx
      .select({
        n: count(),
        amountFen: sql<number>`coalesce(sum(${payments.amountFen}), 0)`.mapWith(Number),
        paidOrders: sql<number>`count(*) filter (where ${payments.status} = 'paid')`.mapWith(Number),
        paidFen:
          sql<number>`coalesce(sum(${payments.amountFen}) filter (where ${payments.status} = 'paid'), 0)`.mapWith(
            Number,
          ),
      })
      .from(payments)
      .where(where);
    const rows = await tx
      .select({ payment: payments, payerName: users.name })
      .from(payments)
      .innerJoin(users, eq(users.id, payments.payerId))
      .where(where)
      .orderBy(desc(payments.createdAt), desc(payments.orderNo))
      .limit(paymentListPageSize)
      .offset((params.page - 1) * paymentListPageSize);
    await recordAudit(tx, {
      actor: params.actor,
      action: "payments.viewed",
      details: {
        fromDay: params.fromDay,
        toDay: params.toDay,
        status: params.status ?? null,
        purpose: params.purpose ?? null,
        provider: params.provider ?? null,
        number: params.number ?? null,
        page: params.page,
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return {
      total: summary?.n ?? 0,
      page: params.page,
      pageSize: paymentListPageSize,
      totals: {
        amountFen: summary?.amountFen ?? 0,
        paidOrders: summary?.paidOrders ?? 0,
        paidFen: summary?.paidFen ?? 0,
      },
      rows: rows.map(({ payment: p, payerName }) => ({
        orderNo: p.orderNo,
        purpose: p.purpose,
        description: p.description,
        amountFen: p.amountFen,
        status: p.status === "pending" && p.expiresAt <= now ? "expired" : p.status,
        provider: p.provider,
        providerTradeNo: p.providerTradeNo,
        payerMaskedName: maskName(payerName),
        createdAt: p.createdAt,
        paidAt: p.paidAt,
        expiresAt: p.expiresAt,
      })),
    };
  });
}
