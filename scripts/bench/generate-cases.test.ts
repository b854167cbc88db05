import { describe, expect, it } from "vitest";
import { isQueryNumber } from "@/server/cases/query-number";
import { benchQueryNumber, partyOf } from "./generate-cases";
import { isRegistered } from "./bench-ids";

describe("bench case query numbers", () => {
  it("are well-formed query numbers, distinct for every query person", () => {
    const numbers = Array.from({ length: 50_000 }, (_, m) => benchQueryNumber(m + 1));
    expect(numbers.every(isQueryNumber)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("belong to parties who have an account, so the benchmark can sign in as them", () => {
    for (let k = 1; k <= 1000; k++) expect(isRegistered(partyOf(k))).toBe(true);
  });
});
