import type { ApplicationAction } from "./application-transitions";

/**
 * Timeline steps whose comment is written for the police, not the applicant: a county's note sending an
 * item back, whom a supervisor handed it to, and a supervisor's note to the unit above. The citizen sees
 * the step in plain words, never the comment.
 */
export const internalEventActions: ReadonlySet<string> = new Set<ApplicationAction | "reassign" | "escalate">([
  "send_back",
  "reassign",
  "escalate",
]);
