import { afterAll, beforeEach, vi } from "vitest";
import { resetEnv } from "@/server/env";
import { kickSmsDispatch } from "./sms-dispatch-mock";

// Every integration test reads queued SMS from the outbox; the kick that would send them reaches for Inngest.
vi.mock("@/server/notify/kick-sms-dispatch", () => import("@/test/sms-dispatch-mock"));

// Test files share one module graph per worker (see vitest.config.ts), so what one file changes in the
// environment or records on the shared mock must not reach the next file.
const envBefore = { ...process.env };
beforeEach(() => kickSmsDispatch.mockClear());
afterAll(() => {
  for (const key of Object.keys(process.env)) if (!(key in envBefore)) delete process.env[key];
  Object.assign(process.env, envBefore);
  resetEnv();
});
