import { describe, expect, it } from "vitest";
import { gatePasses, liabilitiesConsistent, requiredSlots } from "./accident-rules";

describe("liabilitiesConsistent", () => {
  it("accepts the combinations the rules allow", () => {
    expect(liabilitiesConsistent(["full", "none"])).toBe(true);
    expect(liabilitiesConsistent(["main", "secondary"])).toBe(true);
    expect(liabilitiesConsistent(["equal", "equal"])).toBe(true);
    expect(liabilitiesConsistent(["none", "full", "none"])).toBe(true);
    expect(liabilitiesConsistent(["main", "secondary", "none"])).toBe(true);
    expect(liabilitiesConsistent(["equal", "equal", "none"])).toBe(true);
  });

  it("refuses answers that contradict each other", () => {
    expect(liabilitiesConsistent(["full", "full"])).toBe(false);
    expect(liabilitiesConsistent(["none", "none"])).toBe(false);
    expect(liabilitiesConsistent(["main", "none"])).toBe(false);
    expect(liabilitiesConsistent(["equal", "none"])).toBe(false);
    expect(liabilitiesConsistent(["full", "secondary"])).toBe(false);
    expect(liabilitiesConsistent(["main", "main", "secondary"])).toBe(false);
    expect(liabilitiesConsistent(["full"])).toBe(false);
  });
});

describe("gatePasses", () => {
  const yes = {
    inHenan: true,
    motorVehiclesOnly: true,
    nobodyInjured: true,
    vehiclesDrivable: true,
    allLicensed: true,
    allPlated: true,
    noDrinkOrDrugs: true,
  };
  it("needs every answer to be yes", () => {
    expect(gatePasses(yes)).toBe(true);
    expect(gatePasses({ ...yes, nobodyInjured: false })).toBe(false);
    expect(gatePasses({ ...yes, noDrinkOrDrugs: false })).toBe(false);
  });
});

describe("requiredSlots", () => {
  it("asks for each party's licences and plate and the two scene shots", () => {
    expect(requiredSlots(2)).toEqual([
      "p1.driver_licence",
      "p1.vehicle_licence",
      "p1.plate",
      "p2.driver_licence",
      "p2.vehicle_licence",
      "p2.plate",
      "collision",
      "panorama",
    ]);
  });
});
