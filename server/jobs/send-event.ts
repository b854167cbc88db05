import { inngest } from "@/inngest/client";
import { jobsMode } from "@/server/env";
import { logError } from "@/server/log";
import { inProcessRunner } from "./in-process-runner";

/**
 * Sends an event to our background functions: to Inngest when it is configured, otherwise to the
 * in-process runner, which starts the triggered functions at once and does not wait for them. An `id`
 * makes the event idempotent for 24 hours on both.
 */
export async function sendEvent(event: { name: string; data?: Record<string, unknown>; id?: string }): Promise<void> {
  if (jobsMode() === "inngest") {
    await inngest.send({ name: event.name, data: event.data ?? {}, ...(event.id ? { id: event.id } : {}) });
    return;
  }
  const runner = await inProcessRunner();
  runner
    .dispatch(event)
    .catch((error: unknown) => logError("in-process event dispatch failed", error, { event: event.name }));
}
