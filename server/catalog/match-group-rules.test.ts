import { describe, expect, it } from "vitest";
import type { ProfileFacts } from "./load-citizen-profile";
import { matchGroupRules } from "./match-group-rules";

const zhengzhouDriver: ProfileFacts = { cityCode: "410100", age: 36, hasVehicle: true, hasTravelDocument: false };

describe("matchGroupRules", () => {
  it("puts everyone in a group without rules", () => {
    expect(matchGroupRules({}, zhengzhouDriver)).toBe(true);
    expect(
      matchGroupRules({ cityCodes: [] }, { cityCode: null, age: null, hasVehicle: false, hasTravelDocument: false }),
    ).toBe(true);
  });

  it("matches the city the household is registered in", () => {
    expect(matchGroupRules({ cityCodes: ["410300", "410100"] }, zhengzhouDriver)).toBe(true);
    expect(matchGroupRules({ cityCodes: ["410300"] }, zhengzhouDriver)).toBe(false);
    expect(matchGroupRules({ cityCodes: ["410100"] }, { ...zhengzhouDriver, cityCode: null })).toBe(false);
  });

  it("treats the age band as inclusive at both ends", () => {
    expect(matchGroupRules({ ageMin: 36, ageMax: 36 }, zhengzhouDriver)).toBe(true);
    expect(matchGroupRules({ ageMin: 37 }, zhengzhouDriver)).toBe(false);
    expect(matchGroupRules({ ageMax: 35 }, zhengzhouDriver)).toBe(false);
    expect(matchGroupRules({ ageMin: 18 }, { ...zhengzhouDriver, age: null })).toBe(false);
  });

  it("asks for a vehicle or a travel document only when the rule says so, either way", () => {
    expect(matchGroupRules({ hasVehicle: true }, zhengzhouDriver)).toBe(true);
    expect(matchGroupRules({ hasVehicle: false }, zhengzhouDriver)).toBe(false);
    expect(matchGroupRules({ hasTravelDocument: true }, zhengzhouDriver)).toBe(false);
    expect(matchGroupRules({ hasTravelDocument: false }, zhengzhouDriver)).toBe(true);
  });

  it("needs every rule to hold", () => {
    expect(matchGroupRules({ cityCodes: ["410100"], ageMin: 30, hasVehicle: true }, zhengzhouDriver)).toBe(true);
    expect(matchGroupRules({ cityCodes: ["410100"], ageMin: 30, hasTravelDocument: true }, zhengzhouDriver)).toBe(
      false,
    );
  });
});
