import { describe, expect, it } from "vitest";
import { reportStates } from "@/db/schema/report-vocabulary";
import { nextReportState } from "./report-transitions";

describe("nextReportState", () => {
  it("refuses every action on a closed report", () => {
    for (const action of ["accept", "reply", "close", "follow_up"] as const) {
      expect(nextReportState("closed", action)).toBeNull();
    }
  });

  it("accepts only a report just received", () => {
    expect(nextReportState("received", "accept")).toBe("handling");
    expect(nextReportState("handling", "accept")).toBeNull();
    expect(nextReportState("replied", "accept")).toBeNull();
  });

  it("marks a reply and closes from every open state", () => {
    for (const state of reportStates.filter((s) => s !== "closed")) {
      expect(nextReportState(state, "reply")).toBe("replied");
      expect(nextReportState(state, "close")).toBe("closed");
    }
  });

  it("brings a replied report back to handling when the reporter writes again", () => {
    expect(nextReportState("replied", "follow_up")).toBe("handling");
    expect(nextReportState("received", "follow_up")).toBe("received");
    expect(nextReportState("handling", "follow_up")).toBe("handling");
  });
});
