import { describe, expect, it } from "vitest";
import { nearestCounty } from "./county-seats";

const offered = ["410102", "410104", "410105", "410202", "410305", "410324"];

describe("nearestCounty", () => {
  it("picks the district whose seat is nearest the phone", () => {
    // 花园路与农业路交叉口, 金水区
    expect(nearestCounty({ lat: 34.7876, lng: 113.6851 }, offered)).toBe("410105");
    // 开封 鼓楼
    expect(nearestCounty({ lat: 34.79, lng: 114.35 }, offered)).toBe("410202");
    // 栾川 county town
    expect(nearestCounty({ lat: 33.79, lng: 111.62 }, offered)).toBe("410324");
  });

  it("preselects nothing far from every offered seat, or for a district it does not know", () => {
    expect(nearestCounty({ lat: 39.9, lng: 116.4 }, offered)).toBeNull();
    expect(nearestCounty({ lat: 34.8, lng: 113.66 }, ["419999"])).toBeNull();
  });
});
