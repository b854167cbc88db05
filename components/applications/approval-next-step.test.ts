import { describe, expect, it } from "vitest";
import { approvalNextStep } from "./approval-next-step";

const deadline = "2027-02-05";
const at = (iso: string) => new Date(iso);

describe("what an approval asks of the citizen", () => {
  it("counts down to the deadline, whose day is the last to come", () => {
    const originals = { approvalKind: "originals" as const, windowDeadline: deadline };
    expect(approvalNextStep(originals, at("2027-02-03T02:00:00Z"))).toEqual({
      key: "approved_window",
      deadline,
      daysLeft: 2,
    });
    expect(approvalNextStep(originals, at("2027-02-05T15:59:00Z"))).toEqual({
      key: "approved_window_today",
      deadline,
      daysLeft: 0,
    });
  });

  it("never says today is the last day once the deadline has passed, even before the nightly job ran", () => {
    for (const approvalKind of ["originals", "collect"] as const) {
      expect(approvalNextStep({ approvalKind, windowDeadline: deadline }, at("2027-02-05T16:00:00Z"))).toEqual({
        key: "approved_lapsed",
        deadline,
      });
      expect(approvalNextStep({ approvalKind, windowDeadline: deadline }, at("2027-03-01T00:00:00Z"))).toEqual({
        key: "approved_lapsed",
        deadline,
      });
    }
  });

  it("asks a collection service to collect, not to bring originals", () => {
    const collect = { approvalKind: "collect" as const, windowDeadline: deadline };
    expect(approvalNextStep(collect, at("2027-01-10T02:00:00Z")).key).toBe("approved_collect");
    expect(approvalNextStep(collect, at("2027-02-05T02:00:00Z")).key).toBe("approved_collect_today");
  });

  it("asks nothing of a citizen waiting for the post", () => {
    expect(approvalNextStep({ approvalKind: "post", windowDeadline: deadline }, at("2027-01-10T02:00:00Z"))).toEqual({
      key: "approved_post",
    });
  });
});
