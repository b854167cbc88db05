import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./has-malformed-encoding";

describe("hasMalformedEncoding", () => {
  it.each(["/verify/%E0%A4%A", "/services/%E0%A4%A", "/api/blob/%E0%A4%A", "/a/%", "/a/%zz", "/a/%C3"])(
    "refuses %s",
    (path) => {
      expect(hasMalformedEncoding(path)).toBe(true);
    },
  );

  it.each(["/", "/verify/ABCD-1234", "/services/HZ003", "/api/blob/%E4%B8%AD", "/search/%2F"])(
    "lets %s through",
    (path) => {
      expect(hasMalformedEncoding(path)).toBe(false);
    },
  );
});
