import { describe, expect, it } from "vitest";
import { applicationStates } from "@/db/schema";
import {
  type ApplicationAction,
  applicationTransitions,
  availableActions,
  canTransition,
  terminalStates,
} from "./application-transitions";

const actions = Object.keys(applicationTransitions) as ApplicationAction[];

describe("application state machine", () => {
  it("never leaves a terminal state, but for an automatic completion overruled into another ending", () => {
    for (const action of actions) {
      const t = applicationTransitions[action];
      if (action === "overrule_completion") {
        expect(terminalStates).toContain(t.to);
        continue;
      }
      for (const state of terminalStates) expect(t.from).not.toContain(state);
    }
  });

  it("reaches every state from a draft", () => {
    const reached = new Set<string>(["draft"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of Object.values(applicationTransitions)) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...applicationStates].sort());
  });

  it("lets each officer role act only in its own step of a station-and-county service", () => {
    expect(availableActions("station_review", "station_county", ["station_officer"]).sort()).toEqual(
      ["forward", "reject", "request_supplement"].sort(),
    );
    expect(availableActions("county_review", "station_county", ["county_approver"]).sort()).toEqual(
      ["approve", "reject", "send_back"].sort(),
    );
    expect(availableActions("approved", "station_county", ["window_officer"]).sort()).toEqual(
      ["complete", "void"].sort(),
    );
    expect(availableActions("station_review", "station_county", ["window_officer", "county_approver"])).toEqual([]);
  });

  it("lets the applicant withdraw only before an officer has decided", () => {
    expect(canTransition("withdraw", "station_review", "station_county", "applicant")).toBe(true);
    expect(canTransition("withdraw", "needs_supplement", "station_county", "applicant")).toBe(true);
    expect(canTransition("withdraw", "county_review", "station_county", "applicant")).toBe(false);
    expect(canTransition("withdraw", "approved", "station_county", "applicant")).toBe(false);
  });

  it("skips the county for services the station decides and for automatic ones", () => {
    expect(canTransition("forward", "station_review", "station", "station_officer")).toBe(false);
    expect(canTransition("station_approve", "station_review", "station", "station_officer")).toBe(true);
    expect(canTransition("station_approve", "station_review", "station_county", "station_officer")).toBe(false);
    expect(canTransition("start_auto_review", "submitted", "auto", "system")).toBe(true);
    expect(canTransition("route_to_station", "submitted", "auto", "system")).toBe(false);
  });

  it("requires a reason wherever the citizen is refused or asked for more", () => {
    for (const action of ["reject", "void", "request_supplement", "send_back"] as const) {
      expect(applicationTransitions[action].commentRequired).toBe(true);
    }
  });
});
