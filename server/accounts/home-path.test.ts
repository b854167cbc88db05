import { describe, expect, it } from "vitest";
import { homePath } from "./home-path";

describe("homePath", () => {
  it("sends each role to its own home", () => {
    expect(homePath({ roles: ["citizen"] })).toBe("/");
    expect(homePath({ roles: ["station_officer"] })).toBe("/dashboard");
    expect(homePath({ roles: ["insurer"] })).toBe("/dashboard");
    expect(homePath({ roles: ["admin"] })).toBe("/admin");
    expect(homePath({ roles: ["admin", "county_approver"] })).toBe("/admin");
  });
});
