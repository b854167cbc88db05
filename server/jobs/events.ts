/** Names of the events our background functions listen to; senders and functions share these constants. */
export const jobEvents = {
  /** Something was queued in the SMS outbox: deliver now instead of waiting for the next minute. */
  smsDispatchRequested: "sms/dispatch.requested",
} as const;

/** The event an administrator's "run now" sends; every scheduled function listens to its own. */
export function runRequestedEvent(functionId: string): string {
  return `ops/run-requested.${functionId}`;
}

/** Whether an event is an administrator's "run now": the run it starts is recorded as manual. */
export function isRunRequestedEvent(name: string): boolean {
  return name.startsWith(runRequestedEvent(""));
}
