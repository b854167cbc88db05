import { afterEach, describe, expect, it, vi } from "vitest";
import { jobLogger } from "./job-logger";

afterEach(() => vi.restoreAllMocks());

describe("job logger", () => {
  it("keeps error details and masks phone numbers and ID numbers", () => {
    const out = vi.spyOn(console, "error").mockImplementation(() => {});
    jobLogger.error({ err: new Error("send to 13812345678 failed") }, "step error", { id: "410105199001011234" });
    const text = String(out.mock.calls[0]?.[0]);
    expect(text).toContain("send to 138****5678 failed");
    expect(text).toContain("410105********1234");
    expect(text).not.toContain("13812345678");
    expect(text).not.toContain("410105199001011234");
  });
});
