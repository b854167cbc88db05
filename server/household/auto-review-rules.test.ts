import { describe, expect, it } from "vitest";
import { correctedAddress, decideAddressDetailCorrection, decideHukouBookReissue, roadPart } from "./auto-review-rules";

describe("decideAddressDetailCorrection", () => {
  const current = "河南省郑州市金水区经八路12号院3号楼2单元401室";

  it("completes a correction of the building or room number in the registered street", () => {
    expect(decideAddressDetailCorrection(current, "12号院3号楼2单元402室")).toEqual({ decision: "complete" });
    expect(decideAddressDetailCorrection(current, "14号院5号楼1单元101室")).toEqual({ decision: "complete" });
  });

  it("refers a 'detail' that names another place, with the reason", () => {
    const d = decideAddressDetailCorrection(current, "纬五路8号");
    expect(d.decision).toBe("refer");
    expect(d).toHaveProperty("reason", expect.stringContaining("门牌号"));
  });

  it("refers a request that changes nothing", () => {
    expect(decideAddressDetailCorrection(current, " 12号院3号楼2单元401室 ").decision).toBe("refer");
  });

  it("refers when the registered address has no street to keep", () => {
    expect(decideAddressDetailCorrection("某某大楼", "3号").decision).toBe("refer");
  });

  it("keeps the registered street and replaces only the number part", () => {
    expect(roadPart(current)).toBe("河南省郑州市金水区经八路");
    expect(correctedAddress(current, "14号院5号楼")).toBe("河南省郑州市金水区经八路14号院5号楼");
  });
});

describe("decideHukouBookReissue", () => {
  it("approves an active member of a family household", () => {
    expect(decideHukouBookReissue({ residentStatus: "active", householdType: "family", openReissues: 0 })).toEqual({
      decision: "approve",
    });
  });

  it("refers a collective household, an inactive record and a repeat", () => {
    expect(
      decideHukouBookReissue({ residentStatus: "active", householdType: "collective", openReissues: 0 }).decision,
    ).toBe("refer");
    expect(
      decideHukouBookReissue({ residentStatus: "moved_out", householdType: "family", openReissues: 0 }).decision,
    ).toBe("refer");
    expect(
      decideHukouBookReissue({ residentStatus: "active", householdType: "family", openReissues: 1 }).decision,
    ).toBe("refer");
  });
});
