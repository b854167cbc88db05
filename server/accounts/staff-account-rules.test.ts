import { describe, expect, it } from "vitest";
import { normaliseStaffRoles, staffAccountPattern } from "./staff-account-rules";

describe("staff roles as an admin picks them", () => {
  it("keeps the schema's order and drops duplicates", () => {
    expect(normaliseStaffRoles(["admin", "window_officer", "admin"])).toEqual(["window_officer", "admin"]);
  });

  it("refuses an empty choice and any role that is not a staff role", () => {
    expect(normaliseStaffRoles([])).toBeNull();
    expect(normaliseStaffRoles(["citizen"])).toBeNull();
    expect(normaliseStaffRoles(["window_officer", "citizen"])).toBeNull();
  });
});

describe("staff account numbers", () => {
  it("are 4 to 32 letters or digits", () => {
    for (const ok of ["410105001", "insurer001", "T5001"]) expect(staffAccountPattern.test(ok)).toBe(true);
    for (const bad of ["abc", "4101 05001", "410105-001", "警号123", "a".repeat(33)]) {
      expect(staffAccountPattern.test(bad)).toBe(false);
    }
  });
});
