import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/server/env";
import { sandboxPaidNotification, sandboxPaymentProvider, signSandboxNotification } from "./sandbox-payment-provider";

const payment = { orderNo: "JM20261127AB12CD34EF", amountFen: 1850 };
const verify = (fields: Record<string, string>) => sandboxPaymentProvider.verifyNotification(fields);

const authSecret = process.env.AUTH_SECRET;
afterEach(() => {
  process.env.AUTH_SECRET = authSecret;
  resetEnv();
});

describe("the sandbox's signed notifications", () => {
  it("accepts the notification it signed and reads order, trade, amount in fen and paid", () => {
    const fields = sandboxPaidNotification(payment);
    expect(fields).toMatchObject({
      out_trade_no: payment.orderNo,
      total_amount: "18.50",
      trade_status: "TRADE_SUCCESS",
    });
    expect(verify(fields)).toEqual({
      orderNo: payment.orderNo,
      tradeNo: fields.trade_no,
      amountFen: 1850,
      paid: true,
      paidAt: expect.any(Date),
    });
  });

  it("refuses a notification whose amount was changed after signing", () => {
    expect(verify({ ...sandboxPaidNotification(payment), total_amount: "0.01" })).toBeNull();
  });

  it("refuses a notification moved to another order after signing", () => {
    expect(verify({ ...sandboxPaidNotification(payment), out_trade_no: "JM20261127ZZZZZZZZZZ" })).toBeNull();
  });

  it("refuses a notification turned from closed into paid after signing", () => {
    const closed = signSandboxNotification({ ...sandboxPaidNotification(payment), trade_status: "TRADE_CLOSED" });
    expect(verify(closed)?.paid).toBe(false);
    expect(verify({ ...closed, trade_status: "TRADE_SUCCESS" })).toBeNull();
  });

  it("refuses a notification without a signature, with a truncated one, or with another signature type", () => {
    const fields = sandboxPaidNotification(payment);
    const { sign: _sign, ...unsigned } = fields;
    expect(verify(unsigned)).toBeNull();
    expect(verify({ ...fields, sign: (fields.sign ?? "").slice(0, 20) })).toBeNull();
    expect(verify({ ...fields, sign_type: "RSA2" })).toBeNull();
  });

  it("refuses a notification signed under another AUTH_SECRET", () => {
    const fields = sandboxPaidNotification(payment);
    process.env.AUTH_SECRET = "another-secret-entirely-0123456789";
    resetEnv();
    expect(verify(fields)).toBeNull();
  });

  it("refuses a well-signed notification whose amount is not yuan with two decimals", () => {
    expect(verify(signSandboxNotification({ ...sandboxPaidNotification(payment), total_amount: "18.5" }))).toBeNull();
  });

  it("will not sign without AUTH_SECRET, rather than fall back to a key anyone could know", () => {
    delete process.env.AUTH_SECRET;
    resetEnv();
    expect(() => sandboxPaidNotification(payment)).toThrow(/AUTH_SECRET is not set/);
  });

  it("sends the payer to the sandbox checkout page of the order", () => {
    expect(sandboxPaymentProvider.checkoutUrl({ orderNo: payment.orderNo } as never)).toBe(
      `/pay/sandbox/${payment.orderNo}`,
    );
  });
});
