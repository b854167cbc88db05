import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("liveness route", () => {
  it("answers ok without being cached", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
