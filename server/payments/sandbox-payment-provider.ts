import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import type { Payment } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { env } from "@/server/env";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { chinaDayStamp } from "@/server/numbering/china-day-stamp";
import type { PaymentProvider } from "./payment-provider";
import { readTradeNotification } from "./read-trade-notification";

const signType = "HMAC-SHA256";

/**
 * Derived rather than AUTH_SECRET itself, so a sandbox signature can never stand in for a session
 * token or anything else keyed by the same secret.
 */
function signingKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) {
    throw new Error(
      "AUTH_SECRET is not set: the sandbox payment provider signs its notifications with a key derived from it. " +
        "Run `npm run demo` once (it writes .env.local) or set it in the environment",
    );
  }
  return Buffer.from(hkdfSync("sha256", secret, Buffer.alloc(0), "jingmin sandbox payment notify v1", 32));
}

/** Alipay's rule: every non-empty field but the signature itself, sorted by name, as `k=v&k=v`. */
function signingString(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== "sign" && k !== "sign_type" && fields[k] !== "")
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("&");
}

function signature(fields: Record<string, string>): Buffer {
  return createHmac("sha256", signingKey()).update(signingString(fields), "utf8").digest();
}

/** The fields with `sign_type` and `sign` added, as the sandbox would post them to the notify URL. */
export function signSandboxNotification(fields: Record<string, string>): Record<string, string> {
  return { ...fields, sign_type: signType, sign: signature(fields).toString("base64") };
}

/**
 * The notification the sandbox sends when the payer confirms: the same field names as Alipay's
 * asynchronous notification, so the path from notify to "paid" is the one a real provider takes.
 */
export function sandboxPaidNotification(
  payment: Pick<Payment, "orderNo" | "amountFen">,
  now: Date = new Date(),
): Record<string, string> {
  return signSandboxNotification({
    notify_time: now.toISOString(),
    out_trade_no: payment.orderNo,
    trade_no: `SBX${chinaDayStamp(now)}${randomBytes(8).toString("hex").toUpperCase()}`,
    total_amount: fenToYuan(payment.amountFen),
    trade_status: "TRADE_SUCCESS",
    gmt_payment: chinaDateTime(now),
  });
}

/** The embedded default: the payer confirms on our own page (/pay/sandbox/…) and no money moves. */
export const sandboxPaymentProvider: PaymentProvider = {
  name: "sandbox",
  checkoutUrl: (payment) => `/pay/sandbox/${encodeURIComponent(payment.orderNo)}`,
  verifyNotification(fields) {
    if (fields.sign_type !== signType || !fields.sign) return null;
    const given = Buffer.from(fields.sign, "base64");
    const expected = signature(fields);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return readTradeNotification(fields);
  },
};
