import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { resetEnv } from "@/server/env";
import { alipaySigningString, rsa2Sign } from "./alipay-payment-provider";
import { fenToYuan } from "@/server/money/fen-to-yuan";

/**
 * For tests: configures PAYMENT_PROVIDER=alipay with fresh keys — ours (the application's) and a stand-in
 * for Alipay's — and signs notifications the way Alipay does. `restore()` puts the environment back.
 */
export function useAlipayTestKeys(appId = "2021000000000001") {
  const ours = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const alipays = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const names = [
    "PAYMENT_PROVIDER",
    "ALIPAY_APP_ID",
    "ALIPAY_PRIVATE_KEY",
    "ALIPAY_PUBLIC_KEY",
    "PUBLIC_BASE_URL",
  ] as const;
  const before = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  process.env.PAYMENT_PROVIDER = "alipay";
  process.env.ALIPAY_APP_ID = appId;
  process.env.ALIPAY_PRIVATE_KEY = ours.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  process.env.ALIPAY_PUBLIC_KEY = alipays.publicKey.export({ type: "spki", format: "pem" }).toString();
  process.env.PUBLIC_BASE_URL = "https://jmt.example.gov.cn";
  resetEnv();

  /** Alipay's notification fields, signed with Alipay's key (or `signer`, to forge one). */
  const sign = (fields: Record<string, string>, signer: KeyObject = alipays.privateKey): Record<string, string> => ({
    ...fields,
    sign_type: "RSA2",
    sign: rsa2Sign(alipaySigningString(fields, ["sign", "sign_type"]), signer),
  });

  return {
    appId,
    ours,
    alipays,
    sign,
    /** A TRADE_SUCCESS notification for the order paid just now, as Alipay posts it (buyer fields included). */
    paidNotification(payment: { orderNo: string; amountFen: number }, fields: Record<string, string> = {}) {
      const yuan = fenToYuan(payment.amountFen);
      const now = chinaDateTime(new Date());
      return sign({
        notify_time: now,
        notify_type: "trade_status_sync",
        notify_id: `2026112700222100005${Math.floor(Math.random() * 1e9)}`,
        app_id: appId,
        charset: "utf-8",
        version: "1.0",
        trade_no: `2026112722001400${Math.floor(Math.random() * 1e12)}`,
        out_trade_no: payment.orderNo,
        buyer_id: "2088102177846880",
        buyer_logon_id: "159****5620",
        seller_id: "2088101117955611",
        trade_status: "TRADE_SUCCESS",
        total_amount: yuan,
        receipt_amount: yuan,
        subject: "交通违法罚款",
        gmt_create: now,
        gmt_payment: now,
        ...fields,
      });
    },
    restore() {
      for (const n of names) {
        if (before[n] === undefined) delete process.env[n];
        else process.env[n] = before[n];
      }
      resetEnv();
    },
  };
}
