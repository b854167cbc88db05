import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";

/** 《行政处罚法》第六十七条: a fine is paid within 15 days of receiving the decision. */
export const paymentDueDays = 15;

/** 第七十二条: after that, 3 % of the fine is added for each day, never more than the fine itself. */
export const surchargePercentPerDay = 3;

/**
 * The last day to pay without a surcharge (YYYY-MM-DD, China time). The decision is taken as made on the
 * China calendar day of the violation, which is when an electronic record reaches the owner.
 */
export function paymentDueDate(occurredAt: Date): string {
  return addDays(chinaToday(occurredAt), paymentDueDays);
}

/** Whole China calendar days past the due date on `now`'s China day; 0 up to and including the due date. */
export function daysOverdue(occurredAt: Date, now: Date): number {
  return Math.max(0, -daysUntil(paymentDueDate(occurredAt), chinaToday(now)));
}

/**
 * The late surcharge in fen as of `now`: 3 % of the fine per overdue day, capped at the fine. Fines are
 * whole fen, and the product is rounded down so the payer is never charged a fraction in their disfavour.
 */
export function lateSurcharge(p: { fineFen: number; occurredAt: Date; now: Date }): number {
  if (!Number.isSafeInteger(p.fineFen) || p.fineFen <= 0) throw new Error(`not a fine in fen: ${p.fineFen}`);
  const days = daysOverdue(p.occurredAt, p.now);
  return Math.min(p.fineFen, Math.floor((p.fineFen * surchargePercentPerDay * days) / 100));
}
