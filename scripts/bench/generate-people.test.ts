import { describe, expect, it } from "vitest";
import { validateIdNumber } from "@/server/population/id-number";
import { slotCount } from "./bench-ids";
import { personOf } from "./generate-people";

// One county for every slot: the numbers must be unique by birth date and sequence alone.
const slots = Array.from({ length: slotCount }, (_, i) => ({
  orgUnitId: i,
  areaCode: "410105",
  cityCode: "410100",
  street: "花园路",
}));

describe("personOf", () => {
  it("gives valid GB 11643 ID numbers, none twice, across the range an 11 M-user province uses", () => {
    const seen = new Set<string>();
    // A stride through 12.2 M people plus the neighbours where the birth-date cycle wraps.
    const sample = [
      ...Array.from({ length: 20_000 }, (_, i) => 1 + i * 611),
      ...Array.from({ length: 200 }, (_, i) => 29_100 + i),
    ];
    for (const n of sample) {
      const person = personOf(n, slots);
      expect(validateIdNumber(person.idNumber, "2026-11-27")).toMatchObject({ ok: true });
      expect(person.idNumber.slice(6, 14)).toBe(person.birthDate.replaceAll("-", ""));
      seen.add(person.idNumber);
    }
    expect(seen.size).toBe(sample.length);
  });
});
