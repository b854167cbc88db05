import { dispatchSms } from "./dispatch-sms";

/** Every background function: served to Inngest by /api/inngest and run by the in-process runner otherwise. */
export const functions = [dispatchSms];
