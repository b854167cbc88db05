import { describe, expect, it } from "vitest";
import { cityPathOf } from "./route-report";

describe("cityPathOf", () => {
  it("keeps the province and city codes of a station's path", () => {
    expect(cityPathOf("/410000/410100/410105/41010501/")).toBe("/410000/410100/");
  });

  it("refuses a path with no city in it", () => {
    expect(() => cityPathOf("/410000/")).toThrow(/no city/);
  });
});
