import { describe, expect, it } from "vitest";
import { endorsementFeeFen, nextEndorsementState } from "./endorsement-transitions";

describe("endorsement transitions", () => {
  it("takes fee and permit in either order and endorses only with both in hand", () => {
    expect(nextEndorsementState("submitted", "receive_fee")).toBe("fee_received");
    expect(nextEndorsementState("fee_received", "receive_permit")).toBe("ready");
    expect(nextEndorsementState("submitted", "receive_permit")).toBe("permit_received");
    expect(nextEndorsementState("permit_received", "receive_fee")).toBe("ready");
    expect(nextEndorsementState("fee_received", "endorse")).toBeNull();
    expect(nextEndorsementState("ready", "endorse")).toBe("endorsed");
    expect(nextEndorsementState("fee_received", "receive_fee")).toBeNull();
  });

  it("lets the applicant withdraw only before the window has anything, and never reopens a closed one", () => {
    expect(nextEndorsementState("submitted", "withdraw")).toBe("withdrawn");
    expect(nextEndorsementState("fee_received", "withdraw")).toBeNull();
    for (const closed of ["endorsed", "rejected", "withdrawn"] as const) {
      for (const action of ["receive_fee", "receive_permit", "endorse", "reject", "withdraw"] as const)
        expect(nextEndorsementState(closed, action)).toBeNull();
    }
  });

  it("charges 15 yuan a trip and region", () => {
    expect(endorsementFeeFen({ destination: "hong_kong", trips: "one" })).toBe(1500);
    expect(endorsementFeeFen({ destination: "macau", trips: "two" })).toBe(3000);
    expect(endorsementFeeFen({ destination: "both", trips: "two" })).toBe(6000);
  });
});
