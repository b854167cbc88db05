import { type CsvCell, csvDocument } from "@/server/csv/csv-document";
import { chinaDateTime } from "@/server/dates/china-date-time";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import type { Reconciliation } from "./reconcile-payments";
import { fenToYuan } from "@/server/money/fen-to-yuan";

/**
 * The day's reconciliation as a spreadsheet: one row per order, headers and labels in the reader's
 * language beside the codes (for filtering), times in China time, amounts in yuan.
 */
export function reconciliationCsv(report: Reconciliation, locale: Locale): string {
  const t = translator(locale);
  const label = (key: string, code: string | null) => {
    if (code === null) return null;
    const full = `paymentsAdmin.${key}.${code}`;
    return t.has(full as never) ? t(full as never) : code;
  };
  const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));
  const at = (date: Date | null) => (date ? chinaDateTime(date) : null);
  const header = [
    "orderNo",
    "provider",
    "purpose",
    "paymentStatus",
    "orderAmount",
    "notifiedAmount",
    "tradeNo",
    "createdAt",
    "paidAt",
    "notifications",
    "lastNotificationAt",
    "lastOutcome",
    "lastReason",
    "status",
    "statusLabel",
    "flagged",
  ].map((key) => t(`paymentsAdmin.csv.${key}` as never));
  const rows: CsvCell[][] = report.rows.map((r) => [
    r.orderNo,
    label("providers", r.provider),
    label("purposes", r.purpose),
    label("statuses", r.paymentStatus === "pending" && r.status === "pending_expired" ? "expired" : r.paymentStatus),
    yuan(r.orderAmountFen),
    yuan(r.notifiedAmountFen),
    r.providerTradeNo,
    at(r.createdAt),
    at(r.paidAt),
    r.notifications,
    at(r.lastNotificationAt),
    label("outcomes", r.lastOutcome),
    r.lastReason,
    r.status,
    label("reconciliationStatuses", r.status),
    t(r.flagged ? "paymentsAdmin.csv.yes" : "paymentsAdmin.csv.no"),
  ]);
  return csvDocument([header, ...rows]);
}
