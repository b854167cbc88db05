import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSearchParams, searchParam } from "./search-params";

const shape = {
  page: searchParam.page(),
  unit: searchParam.id(),
  status: searchParam.oneOf(["paid", "pending"] as const),
  q: searchParam.text(5),
  day: searchParam.day(),
  sort: z.enum(["oldest", "newest"]).default("oldest"),
};

describe("parseSearchParams", () => {
  it("reads well-formed values with their types", () => {
    expect(
      parseSearchParams(shape, { page: "3", unit: "12", status: "paid", q: "户口", day: "2026-02-28", sort: "newest" }),
    ).toEqual({
      page: 3,
      unit: 12,
      status: "paid",
      q: "户口",
      day: "2026-02-28",
      sort: "newest",
    });
  });

  it("gives the defaults for absent and blank values", () => {
    expect(parseSearchParams(shape, { q: "   " })).toEqual({
      page: 1,
      unit: undefined,
      status: undefined,
      q: undefined,
      day: undefined,
      sort: "oldest",
    });
  });

  it("falls back instead of failing on a hand-edited address", () => {
    expect(
      parseSearchParams(shape, { page: "-2", unit: "1.5", status: "stolen", day: "2026-02-30", sort: "sideways" }),
    ).toEqual({ page: 1, unit: undefined, status: undefined, q: undefined, day: undefined, sort: "oldest" });
    expect(parseSearchParams(shape, { page: "999999999", unit: "abc" })).toMatchObject({ page: 1, unit: undefined });
  });

  it("takes the first of a repeated key and trims it", () => {
    expect(parseSearchParams(shape, { page: ["2", "5"], status: [" pending ", "paid"] })).toMatchObject({
      page: 2,
      status: "pending",
    });
  });

  it("cuts free text to its length", () => {
    expect(parseSearchParams(shape, { q: "abcdefgh" }).q).toBe("abcde");
  });
});
