import { describe, expect, it } from "vitest";
import { maskAccount } from "./mask-account";

describe("maskAccount", () => {
  it("keeps the first and last two characters", () => {
    expect(maskAccount("410105001")).toBe("41*****01");
    expect(maskAccount("insurer001")).toBe("in******01");
  });
  it("hides short accounts completely", () => {
    expect(maskAccount("ab12")).toBe("****");
  });
});
