import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";
import type { Payment } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { type Env, env, publicBaseUrl } from "@/server/env";
import type { PaymentProvider } from "./payment-provider";
import { readTradeNotification } from "./read-trade-notification";
import { paymentReturnUrl } from "./payment-return-path";
import { fenToYuan } from "@/server/money/fen-to-yuan";

type AlipayConfig = { appId: string; privateKey: KeyObject; publicKey: KeyObject; gateway: string };

/** Environment values often arrive with their line breaks escaped as `\n`, and the key tool prints bare base64. */
function keyText(value: string): string {
  return value.replaceAll("\\n", "\n").trim();
}

function rsaKey(kind: "ALIPAY_PRIVATE_KEY" | "ALIPAY_PUBLIC_KEY", value: string): KeyObject {
  const text = keyText(value);
  const der = () => Buffer.from(text.replace(/\s+/g, ""), "base64");
  const attempts: (() => KeyObject)[] =
    kind === "ALIPAY_PRIVATE_KEY"
      ? text.startsWith("-----BEGIN")
        ? [() => createPrivateKey(text)]
        : (["pkcs8", "pkcs1"] as const).map((type) => () => createPrivateKey({ key: der(), format: "der", type }))
      : text.startsWith("-----BEGIN")
        ? [() => createPublicKey(text)]
        : (["spki", "pkcs1"] as const).map((type) => () => createPublicKey({ key: der(), format: "der", type }));
  for (const attempt of attempts) {
    try {
      const key = attempt();
      if (key.asymmetricKeyType === "rsa") return key;
    } catch {
      // The next encoding may fit.
    }
  }
  throw new Error(`${kind} is not an RSA key (PEM, or the bare base64 of PKCS#8/PKCS#1 or SPKI)`);
}

let cached: { from: Env; config: AlipayConfig } | undefined;

function alipayConfig(): AlipayConfig {
  const e = env();
  if (cached?.from === e) return cached.config;
  if (!e.ALIPAY_APP_ID || !e.ALIPAY_PRIVATE_KEY || !e.ALIPAY_PUBLIC_KEY) {
    throw new Error("the Alipay payment provider needs ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY and ALIPAY_PUBLIC_KEY");
  }
  const config = {
    appId: e.ALIPAY_APP_ID,
    privateKey: rsaKey("ALIPAY_PRIVATE_KEY", e.ALIPAY_PRIVATE_KEY),
    publicKey: rsaKey("ALIPAY_PUBLIC_KEY", e.ALIPAY_PUBLIC_KEY),
    gateway: e.ALIPAY_GATEWAY,
  };
  cached = { from: e, config };
  return config;
}

/** Alipay's signing content: the fields sorted by name as `k=v&k=v`, values exactly as they are (not URL-encoded). */
export function alipaySigningString(fields: Record<string, string>, omit: readonly string[]): string {
  return Object.keys(fields)
    .filter((k) => !omit.includes(k))
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("&");
}

/** RSA2: SHA256withRSA over the UTF-8 bytes, base64. */
export function rsa2Sign(content: string, privateKey: KeyObject): string {
  return sign("sha256", Buffer.from(content, "utf8"), privateKey).toString("base64");
}

function rsa2Verifies(content: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify("sha256", Buffer.from(content, "utf8"), publicKey, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

/**
 * Every field but `sign` and `sign_type` is signed (Alipay's notify rule). Alipay leaves empty fields out
 * when it signs requests but its verify guide says "every field returned"; both readings are accepted,
 * since either way the content that matters had to be signed with Alipay's key.
 */
function notificationSigned(fields: Record<string, string>, publicKey: KeyObject): boolean {
  const signature = fields.sign ?? "";
  const omit = ["sign", "sign_type"];
  if (rsa2Verifies(alipaySigningString(fields, omit), signature, publicKey)) return true;
  const empty = Object.keys(fields).filter((k) => fields[k] === "");
  return empty.length > 0 && rsa2Verifies(alipaySigningString(fields, [...omit, ...empty]), signature, publicKey);
}

/** Alipay refuses `/`, `=` and `&` in the subject shown to the payer; at most 256 characters. */
function subjectOf(description: string): string {
  return Array.from(description.replace(/[/=&]/g, " ").trim()).slice(0, 256).join("");
}

/** The request parameters of 电脑网站支付 (alipay.trade.page.pay) for this payment, signed with our key. */
function alipayPagePayParams(payment: Payment): Record<string, string> {
  const config = alipayConfig();
  const base = publicBaseUrl();
  const params: Record<string, string> = {
    app_id: config.appId,
    method: "alipay.trade.page.pay",
    format: "JSON",
    // Alipay sends the payer back here only after a successful payment; the notify is what makes it paid.
    return_url: base + paymentReturnUrl(payment.returnPath, { paid: payment.orderNo }),
    notify_url: `${base}/api/payments/alipay/notify`,
    charset: "utf-8",
    sign_type: "RSA2",
    timestamp: chinaDateTime(new Date()),
    version: "1.0",
    biz_content: JSON.stringify({
      out_trade_no: payment.orderNo,
      total_amount: fenToYuan(payment.amountFen),
      subject: subjectOf(payment.description),
      product_code: "FAST_INSTANT_TRADE_PAY",
      // Alipay stops taking money when our order expires, as the sandbox's checkout does.
      time_expire: chinaDateTime(payment.expiresAt),
    }),
  };
  // Requests sign every parameter but `sign` itself (sign_type included).
  return { ...params, sign: rsa2Sign(alipaySigningString(params, ["sign"]), config.privateKey) };
}

/**
 * Alipay: the payer pays on Alipay's cashier page (a signed GET to the gateway), and Alipay posts the
 * result to /api/payments/alipay/notify, signed with Alipay's key and checked against its public key.
 */
export const alipayPaymentProvider: PaymentProvider = {
  name: "alipay",
  checkoutUrl(payment) {
    const params = alipayPagePayParams(payment);
    const query = Object.entries(params)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join("&");
    const gateway = alipayConfig().gateway;
    return `${gateway}${gateway.includes("?") ? "&" : "?"}${query}`;
  },
  verifyNotification(fields) {
    const config = alipayConfig();
    if (fields.sign_type !== "RSA2" || !fields.sign || !notificationSigned(fields, config.publicKey)) return null;
    // Signed by Alipay but for another merchant's application: not a payment to us.
    if (fields.app_id !== config.appId) return null;
    return readTradeNotification(fields);
  },
};
