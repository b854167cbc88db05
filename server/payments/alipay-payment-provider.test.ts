import { generateKeyPairSync, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Payment } from "@/db/schema";
import { env, resetEnv } from "@/server/env";
import { alipayPaymentProvider, alipaySigningString } from "./alipay-payment-provider";
import { useAlipayTestKeys } from "./alipay-test-keys";
import { paymentProvider } from "./payment-provider";

let keys: ReturnType<typeof useAlipayTestKeys>;
beforeAll(() => {
  keys = useAlipayTestKeys();
});
afterAll(() => keys.restore());

const payment = {
  orderNo: "JM20261127AB12CD34EF",
  amountFen: 20050,
  description: "交通违法罚款 豫A·12345 / 2 笔",
  returnPath: "/traffic/violations?tab=unpaid",
  expiresAt: new Date("2026-11-27T02:30:00.400Z"),
} as Payment;

const verifyNotification = (fields: Record<string, string>) => alipayPaymentProvider.verifyNotification(fields);

describe("the Alipay checkout URL (alipay.trade.page.pay)", () => {
  const url = () => new URL(alipayPaymentProvider.checkoutUrl(payment));
  const params = () => Object.fromEntries(url().searchParams);

  it("goes to Alipay's gateway with the public parameters of page pay", () => {
    expect(`${url().origin}${url().pathname}`).toBe("https://openapi.alipay.com/gateway.do");
    expect(params()).toMatchObject({
      app_id: keys.appId,
      method: "alipay.trade.page.pay",
      format: "JSON",
      charset: "utf-8",
      sign_type: "RSA2",
      version: "1.0",
      return_url: `https://jmt.example.gov.cn/traffic/violations?tab=unpaid&paid=${payment.orderNo}`,
      notify_url: "https://jmt.example.gov.cn/api/payments/alipay/notify",
    });
    expect(params().timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("asks for the order's amount in yuan and stops Alipay taking money when the order expires", () => {
    expect(JSON.parse(params().biz_content ?? "")).toEqual({
      out_trade_no: payment.orderNo,
      total_amount: "200.50",
      subject: "交通违法罚款 豫A·12345   2 笔",
      product_code: "FAST_INSTANT_TRADE_PAY",
      time_expire: "2026-11-27 10:30:00",
    });
  });

  it("is signed with our key over the sorted parameters, so Alipay can check it with our public key", () => {
    const { sign, ...signed } = params();
    expect(sign).toBeTruthy();
    const content = alipaySigningString(signed, []);
    expect(content.startsWith(`app_id=${keys.appId}&biz_content={`)).toBe(true);
    expect(verify("sha256", Buffer.from(content, "utf8"), keys.ours.publicKey, Buffer.from(sign ?? "", "base64"))).toBe(
      true,
    );
    expect(
      verify(
        "sha256",
        Buffer.from(content.replace("200.50", "2.50"), "utf8"),
        keys.ours.publicKey,
        Buffer.from(sign ?? "", "base64"),
      ),
    ).toBe(false);
  });

  it("is the provider PAYMENT_PROVIDER=alipay selects", () => {
    expect(paymentProvider()).toBe(alipayPaymentProvider);
  });
});

describe("Alipay's asynchronous notification", () => {
  it("is accepted when Alipay signed it, and read as order, trade, amount in fen, paid and when", () => {
    const fields = keys.paidNotification(payment, { gmt_payment: "2026-11-27 10:12:13" });
    expect(verifyNotification(fields)).toEqual({
      orderNo: payment.orderNo,
      tradeNo: fields.trade_no,
      amountFen: 20050,
      paid: true,
      paidAt: new Date("2026-11-27T02:12:13Z"),
    });
  });

  it("is refused when the amount, the order or the status was changed after signing", () => {
    const fields = keys.paidNotification(payment);
    expect(verifyNotification({ ...fields, total_amount: "0.01" })).toBeNull();
    expect(verifyNotification({ ...fields, out_trade_no: "JM20261127ZZZZZZZZZZ" })).toBeNull();
    const waiting = keys.paidNotification(payment, { trade_status: "WAIT_BUYER_PAY" });
    expect(verifyNotification(waiting)?.paid).toBe(false);
    expect(verifyNotification({ ...waiting, trade_status: "TRADE_SUCCESS" })).toBeNull();
  });

  it("is refused when a field is added after signing", () => {
    expect(verifyNotification({ ...keys.paidNotification(payment), refund_fee: "200.50" })).toBeNull();
  });

  it("is refused when signed with any key but Alipay's, or with another signature type", () => {
    const fields = keys.paidNotification(payment);
    const { sign: _sign, ...unsigned } = fields;
    expect(verifyNotification(keys.sign(unsigned, keys.ours.privateKey))).toBeNull();
    expect(
      verifyNotification(keys.sign(unsigned, generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey)),
    ).toBeNull();
    expect(verifyNotification(unsigned)).toBeNull();
    expect(verifyNotification({ ...fields, sign_type: "RSA" })).toBeNull();
    expect(verifyNotification({ ...fields, sign: "bm90IGEgc2lnbmF0dXJl" })).toBeNull();
  });

  it("is refused when Alipay signed it for another merchant's application", () => {
    expect(verifyNotification(keys.paidNotification(payment, { app_id: "2021000000009999" }))).toBeNull();
  });

  it("is refused when the amount is not yuan with two decimals or the payment time is not a date-time", () => {
    expect(verifyNotification(keys.paidNotification(payment, { total_amount: "200.5" }))).toBeNull();
    expect(verifyNotification(keys.paidNotification(payment, { gmt_payment: "yesterday" }))).toBeNull();
  });

  it("is accepted with an empty field whether Alipay signed that field or left it out", () => {
    const withEmpty = keys.paidNotification(payment, { passback_params: "" });
    expect(verifyNotification(withEmpty)?.paid).toBe(true);
    const { sign: _s, sign_type: _t, passback_params: _p, ...rest } = withEmpty;
    const signedWithout = { ...keys.sign(rest), passback_params: "" };
    expect(verifyNotification(signedWithout)?.paid).toBe(true);
    expect(verifyNotification({ ...signedWithout, passback_params: "x" })).toBeNull();
  });
});

describe("Alipay configuration", () => {
  function withEnv(values: Record<string, string | undefined>, run: () => void) {
    const before = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetEnv();
    try {
      run();
    } finally {
      for (const [k, v] of Object.entries(before)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      resetEnv();
    }
  }

  it("refuses to start with PAYMENT_PROVIDER=alipay when a key is missing, naming it", () => {
    withEnv({ ALIPAY_PUBLIC_KEY: undefined }, () => {
      expect(() => env()).toThrow(/PAYMENT_PROVIDER=alipay needs ALIPAY_PUBLIC_KEY/);
    });
  });

  it("takes the keys as the bare base64 the Alipay key tool prints, PKCS#1 included, and with escaped line breaks", () => {
    const bare = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, "").replace(/\s+/g, "");
    const pkcs1 = keys.ours.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64");
    const alipayPem = keys.alipays.publicKey.export({ type: "spki", format: "pem" }).toString();
    withEnv({ ALIPAY_PRIVATE_KEY: pkcs1, ALIPAY_PUBLIC_KEY: bare(alipayPem) }, () => {
      expect(verifyNotification(keys.paidNotification(payment))?.paid).toBe(true);
      expect(new URL(alipayPaymentProvider.checkoutUrl(payment)).searchParams.get("sign")).toBeTruthy();
    });
    withEnv({ ALIPAY_PUBLIC_KEY: alipayPem.replaceAll("\n", "\\n") }, () => {
      expect(verifyNotification(keys.paidNotification(payment))?.paid).toBe(true);
    });
  });

  it("says which key is unreadable", () => {
    withEnv({ ALIPAY_PRIVATE_KEY: "not-a-key" }, () => {
      expect(() => alipayPaymentProvider.checkoutUrl(payment)).toThrow(/ALIPAY_PRIVATE_KEY is not an RSA key/);
    });
  });

  it("sends the payer to the gateway ALIPAY_GATEWAY names (the sandbox gateway, for example)", () => {
    withEnv({ ALIPAY_GATEWAY: "https://openapi-sandbox.dl.alipaydev.com/gateway.do" }, () => {
      expect(alipayPaymentProvider.checkoutUrl(payment)).toMatch(
        /^https:\/\/openapi-sandbox\.dl\.alipaydev\.com\/gateway\.do\?app_id=/,
      );
    });
  });
});
