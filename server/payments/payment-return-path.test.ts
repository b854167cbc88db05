import { describe, expect, it } from "vitest";
import { isPaymentReturnPath, paymentReturnUrl } from "./payment-return-path";

describe("where a payer is sent back to", () => {
  it("accepts paths on this site", () => {
    for (const ok of ["/", "/me/applications/abc", "/services/HJ001?step=pay", "/me#postage"])
      expect(isPaymentReturnPath(ok)).toBe(true);
  });
  it("refuses other sites, schemes, double slashes and odd spellings", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "/me//x",
      "/redirect?to=https://evil.example",
      "javascript:alert(1)",
      "me/applications",
      "/a/../b",
      "/a\nb",
      "",
    ]) {
      expect(isPaymentReturnPath(bad), bad).toBe(false);
    }
  });
  it("adds the outcome to the path's query, keeping what was there", () => {
    expect(paymentReturnUrl("/me/applications/1", { paid: "JM1" })).toBe("/me/applications/1?paid=JM1");
    expect(paymentReturnUrl("/a?step=2#x", { payment: "cancelled" })).toBe("/a?step=2&payment=cancelled#x");
  });
});
