import { vi } from "vitest";

/**
 * Stands in for the SMS dispatch kick: `vi.mock("@/server/notify/kick-sms-dispatch", () => import("@/test/sms-dispatch-mock"))`.
 * The outbox rows are what a citizen's phone would get; sending them is the notify domain's business and
 * would otherwise reach for Inngest.
 */
export const kickSmsDispatch = vi.fn(async () => {});
