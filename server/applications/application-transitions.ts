import type { ApplicationState } from "@/db/schema";
import type { OfficerRole } from "@/server/accounts/session-user";

/** Who may fire a transition: the applicant, the platform itself (jobs, automatic review), or an officer role. */
export type TransitionActor = "applicant" | "system" | OfficerRole;

export type ApplicationAction =
  | "submit"
  | "route_to_station"
  | "start_auto_review"
  | "auto_approve"
  | "auto_complete"
  | "auto_refer"
  | "request_supplement"
  | "resubmit"
  | "forward"
  | "station_approve"
  | "reject"
  | "approve"
  | "send_back"
  | "complete"
  | "void"
  | "expire"
  | "withdraw"
  | "overrule_approval"
  | "overrule_completion";

export type ProcessingMode = "auto" | "station" | "station_county" | "window";

export type Transition = {
  from: readonly ApplicationState[];
  to: ApplicationState;
  actors: readonly TransitionActor[];
  /** Narrows `actors` per source state, where one action is taken by different roles at different steps. */
  actorsByState?: Partial<Record<ApplicationState, readonly TransitionActor[]>>;
  /** Processing modes the transition exists in; all modes when absent. */
  modes?: readonly ProcessingMode[];
  /** A comment the officer must write, shown to the citizen (reasons, what to fix). */
  commentRequired?: boolean;
};

/**
 * The household state machine of DESIGN.md as data: every service and every screen asks this table what
 * may happen next, so a button is never offered for a move the engine would refuse.
 */
export const applicationTransitions: Record<ApplicationAction, Transition> = {
  submit: { from: ["draft"], to: "submitted", actors: ["applicant"] },
  route_to_station: {
    from: ["submitted"],
    to: "station_review",
    actors: ["system"],
    modes: ["station", "station_county", "window"],
  },
  start_auto_review: { from: ["submitted"], to: "auto_review", actors: ["system"], modes: ["auto"] },
  auto_approve: { from: ["auto_review"], to: "approved", actors: ["system"], modes: ["auto"] },
  auto_complete: { from: ["auto_review"], to: "completed", actors: ["system"], modes: ["auto"] },
  auto_refer: { from: ["auto_review"], to: "station_review", actors: ["system"], modes: ["auto"] },
  request_supplement: {
    from: ["station_review"],
    to: "needs_supplement",
    actors: ["station_officer"],
    commentRequired: true,
  },
  resubmit: { from: ["needs_supplement"], to: "station_review", actors: ["applicant"] },
  forward: { from: ["station_review"], to: "county_review", actors: ["station_officer"], modes: ["station_county"] },
  station_approve: {
    from: ["station_review"],
    to: "approved",
    actors: ["station_officer"],
    modes: ["station", "auto", "window"],
  },
  reject: {
    from: ["station_review", "county_review"],
    to: "rejected",
    actors: ["station_officer", "county_approver"],
    actorsByState: { station_review: ["station_officer"], county_review: ["county_approver"] },
    commentRequired: true,
  },
  approve: { from: ["county_review"], to: "approved", actors: ["county_approver"], modes: ["station_county"] },
  send_back: { from: ["county_review"], to: "station_review", actors: ["county_approver"], commentRequired: true },
  complete: { from: ["approved"], to: "completed", actors: ["window_officer"] },
  void: { from: ["approved"], to: "voided", actors: ["window_officer"], commentRequired: true },
  expire: { from: ["approved"], to: "expired", actors: ["system"] },
  withdraw: { from: ["submitted", "station_review", "needs_supplement"], to: "withdrawn", actors: ["applicant"] },
  /**
   * A rule approved what it should not have: the officer of the review step takes the case back before the
   * window acts. Only where a rule decided (overrule-auto-decision.ts checks the timeline).
   */
  overrule_approval: {
    from: ["approved"],
    to: "station_review",
    actors: ["station_officer"],
    modes: ["auto"],
    commentRequired: true,
  },
  /** A rule completed what it should not have: the document is revoked and the case ends, with the reason. */
  overrule_completion: {
    from: ["completed"],
    to: "voided",
    actors: ["station_officer"],
    modes: ["auto"],
    commentRequired: true,
  },
};

/** Which state each officer role works in; the reviewing role must also own the station's subtree. */
export const stateOfficerRole: Partial<Record<ApplicationState, OfficerRole>> = {
  station_review: "station_officer",
  county_review: "county_approver",
  approved: "window_officer",
};

export const terminalStates: readonly ApplicationState[] = ["completed", "voided", "expired", "rejected", "withdrawn"];

export function transitionFor(action: ApplicationAction): Transition {
  return applicationTransitions[action];
}

/** Whether the actor may fire the action on an application in `state` of a service processed in `mode`. */
export function canTransition(
  action: ApplicationAction,
  state: ApplicationState,
  mode: ProcessingMode,
  actor: TransitionActor,
): boolean {
  const t = applicationTransitions[action];
  const actors = t.actorsByState?.[state] ?? t.actors;
  return t.from.includes(state) && actors.includes(actor) && (!t.modes || t.modes.includes(mode));
}

/** The actions an actor could take now, for the screens. */
export function availableActions(
  state: ApplicationState,
  mode: ProcessingMode,
  actors: readonly TransitionActor[],
): ApplicationAction[] {
  return (Object.keys(applicationTransitions) as ApplicationAction[]).filter((a) =>
    actors.some((actor) => canTransition(a, state, mode, actor)),
  );
}
