import { appointmentReminders } from "./appointment-reminders";
import { dispatchSms } from "./dispatch-sms";
import { travelDocumentReminders } from "./travel-document-reminders";
import { windowDeadlines } from "./window-deadlines";

/** Every background function: served to Inngest by /api/inngest and run by the in-process runner otherwise. */
export const functions = [dispatchSms, windowDeadlines, travelDocumentReminders, appointmentReminders];
