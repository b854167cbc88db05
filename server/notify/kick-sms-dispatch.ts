import { jobEvents } from "@/server/jobs/events";
import { sendEvent } from "@/server/jobs/send-event";
import { logError } from "@/server/log";

/**
 * Asks for queued SMS to be delivered now. Call it after the transaction that queued them commits.
 * A failure here loses nothing — the messages are in the outbox and the every-minute dispatch sends
 * them — so it is logged, not thrown at a caller whose change already succeeded.
 */
export async function kickSmsDispatch(): Promise<void> {
  try {
    await sendEvent({ name: jobEvents.smsDispatchRequested });
  } catch (error) {
    logError("SMS dispatch request failed; the next scheduled run will deliver", error);
  }
}
