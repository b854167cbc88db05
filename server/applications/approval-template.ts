import type { Application } from "@/db/schema";
import type { SmsTemplate } from "@/server/notify/templates";
import type { ApplicationService } from "./load-application";

/**
 * What an approval asks of the citizen: nothing but waiting for the post; collecting the result with the
 * ID card (an automatically decided service referred to the station, or one whose guide asks for no
 * originals, such as 户口簿补领); or bringing originals for the window officer to compare with the uploads.
 */
export type ApprovalKind = "post" | "collect" | "originals";

export function approvalKind(
  application: Pick<Application, "delivery">,
  service: Pick<ApplicationService, "mode" | "guide">,
): ApprovalKind {
  if (application.delivery.method === "post") return "post";
  if (service.mode === "auto") return "collect";
  return service.guide.materials.some((m) => m.originalAtWindow) ? "originals" : "collect";
}

const approvalTemplates = {
  post: "application_ready_for_post",
  collect: "application_ready_at_window",
  originals: "application_approved",
} as const satisfies Record<ApprovalKind, SmsTemplate>;

const reminderTemplates = {
  collect: "application_collect_reminder",
  originals: "application_window_reminder",
} as const satisfies Record<Exclude<ApprovalKind, "post">, SmsTemplate>;

const expiryTemplates = {
  post: "application_post_expired",
  collect: "application_collect_expired",
  originals: "application_expired",
} as const satisfies Record<ApprovalKind, SmsTemplate>;

/**
 * The SMS an approval sends; each names the deadline, its day included, except postal delivery. A
 * window-only service's approval is its pre-review: the message asks the citizen to book the window visit.
 */
export function approvalTemplate(application: Application, service: ApplicationService): SmsTemplate {
  if (service.engine.decision.kind === "prereview_window") return "application_prereviewed";
  return approvalTemplates[approvalKind(application, service)];
}

/** The reminder before the deadline: only a citizen who has to come to the window gets one. */
export function reminderTemplate(application: Application, service: ApplicationService): SmsTemplate | null {
  const kind = approvalKind(application, service);
  return kind === "post" ? null : reminderTemplates[kind];
}

/** The SMS when the approval lapses, saying what did not happen in time. */
export function expiryTemplate(application: Application, service: ApplicationService): SmsTemplate {
  return expiryTemplates[approvalKind(application, service)];
}
