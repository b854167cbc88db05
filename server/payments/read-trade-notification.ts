import { parseChinaDateTime } from "@/server/dates/china-date-time";
import { parseYuan } from "@/server/money/parse-yuan";
import type { VerifiedPaymentNotification } from "./payment-provider";

/**
 * The payment facts of a notification whose signature the provider has already checked, in Alipay's field
 * names (the sandbox speaks the same language, so both go through one reading). Null when a field is
 * missing or malformed: an unreadable notification pays nothing.
 */
export function readTradeNotification(fields: Record<string, string>): VerifiedPaymentNotification | null {
  const amountFen = parseYuan(fields.total_amount ?? "", { exactCents: true });
  if (!fields.out_trade_no || !fields.trade_no || amountFen === null) return null;
  const paidAt = fields.gmt_payment ? parseChinaDateTime(fields.gmt_payment) : undefined;
  if (paidAt === null) return null;
  return {
    orderNo: fields.out_trade_no,
    tradeNo: fields.trade_no,
    amountFen,
    paid: fields.trade_status === "TRADE_SUCCESS" || fields.trade_status === "TRADE_FINISHED",
    ...(paidAt ? { paidAt } : {}),
  };
}
