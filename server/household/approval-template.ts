import type { Application } from "@/db/schema";
import type { SmsTemplate } from "@/server/notify/templates";
import type { ApplicationService } from "./load-application";

/**
 * The SMS an approval sends: postal delivery waits for the tracking number; an automatically decided
 * service (referred to the station) is collected with the ID card, as when the rules approve it; any other
 * service whose guide asks for originals says to bring them to the window before the deadline.
 */
export function approvalTemplate(application: Application, service: ApplicationService): SmsTemplate {
  if (application.delivery.method === "post") return "application_ready_for_post";
  if (service.mode === "auto") return "application_ready_at_window";
  return service.guide.materials.some((m) => m.originalAtWindow) ? "application_approved" : "application_ready_at_window";
}
