import { appointmentReminders } from "./appointment-reminders";
import { auditArchive } from "./audit-archive";
import { dispatchSms } from "./dispatch-sms";
import { noticeExpiry } from "./notice-expiry";
import { renderPendingDocuments } from "./render-pending-documents";
import { slaAlerts } from "./sla-alerts";
import { travelDocumentReminders } from "./travel-document-reminders";
import { windowDeadlines } from "./window-deadlines";

/** Every background function: served to Inngest by /api/inngest and run by the in-process runner otherwise. */
export const functions = [
  dispatchSms,
  windowDeadlines,
  auditArchive,
  slaAlerts,
  travelDocumentReminders,
  appointmentReminders,
  noticeExpiry,
  renderPendingDocuments,
];
