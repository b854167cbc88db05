import { describe, expect, it } from "vitest";
import { slotLabel } from "./slot-label";

describe("slotLabel", () => {
  it("names the party and the shot, as the retake SMS reads", () => {
    expect(slotLabel("p2.plate")).toBe("乙方车辆号牌");
    expect(slotLabel("p1.driver_licence")).toBe("甲方驾驶证");
    expect(slotLabel("panorama")).toBe("事故现场全景");
  });
});
