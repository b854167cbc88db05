import type { EndorsementState } from "@/db/schema";

export type EndorsementAction = "receive_fee" | "receive_permit" | "endorse" | "reject" | "withdraw";

/**
 * The endorsement state machine: for each action, the state it leads to from each state it is allowed in.
 * Fee and permit are taken at the window in either order; only with both in hand can the officer endorse.
 */
export const endorsementTransitions: Record<EndorsementAction, Partial<Record<EndorsementState, EndorsementState>>> = {
  receive_fee: { submitted: "fee_received", permit_received: "ready" },
  receive_permit: { submitted: "permit_received", fee_received: "ready" },
  endorse: { ready: "endorsed" },
  reject: { submitted: "rejected", fee_received: "rejected", permit_received: "rejected", ready: "rejected" },
  withdraw: { submitted: "withdrawn" },
};

export const openEndorsementStates = [
  "submitted",
  "fee_received",
  "permit_received",
  "ready",
] as const satisfies readonly EndorsementState[];

/** Officer actions; withdrawing is the applicant's own. */
export const officerEndorsementActions = [
  "receive_fee",
  "receive_permit",
  "endorse",
  "reject",
] as const satisfies readonly EndorsementAction[];

export function nextEndorsementState(state: EndorsementState, action: EndorsementAction): EndorsementState | null {
  return endorsementTransitions[action][state] ?? null;
}

/** 一次有效 15 元, 二次有效 30 元, per region (国家发展改革委、财政部 2019 年标准). */
export function endorsementFeeFen(p: { destination: "hong_kong" | "macau" | "both"; trips: "one" | "two" }): number {
  const perRegion = p.trips === "one" ? 1500 : 3000;
  return p.destination === "both" ? perRegion * 2 : perRegion;
}
