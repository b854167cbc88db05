import { describe, expect, it } from "vitest";
import { placeName, placeNameEn } from "./place-name";

describe("placeName", () => {
  it("names the city or district a bureau polices", () => {
    expect(placeName("郑州市公安局")).toBe("郑州市");
    expect(placeName("金水区公安分局")).toBe("金水区");
    expect(placeName("花园路派出所")).toBe("花园路派出所");
    expect(placeNameEn("Zhengzhou Public Security Bureau")).toBe("Zhengzhou");
  });
});
