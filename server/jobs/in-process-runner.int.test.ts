import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, setDbHandle } from "@/db/client";
import { jobRuns, smsMessages } from "@/db/schema";
import { functions } from "@/inngest";
import { inngest } from "@/inngest/client";
import { queueSms } from "@/server/notify/queue-sms";
import { createTestDb } from "@/test/db";
import { jobEvents, runRequestedEvent } from "./events";
import { InProcessRunner } from "./in-process-runner";
import { sendEvent } from "./send-event";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  // The functions reach the database the way they do in the app: through the process-wide handle.
  setDbHandle(h);
});

afterAll(async () => {
  setDbHandle(undefined);
  await h?.close();
});

let seq = 0;
async function queueCode() {
  seq += 1;
  return (
    await queueSms(db, {
      idempotencyKey: `test:runner:${seq}`,
      phone: "13933334444",
      template: "sign_in_code",
      params: { code: "246810" },
    })
  ).id;
}

async function jobRun(id: string | null) {
  const [r] = await db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.id, id ?? ""));
  return r;
}

const shanghai = (local: string) => new Date(`${local}+08:00`);

const sleeper = inngest.createFunction(
  { id: "test-sleeper", triggers: [{ event: "test/sleep" }] },
  async ({ step }) => {
    await step.sleep("pause", "50ms");
    await step.sendEvent("follow-up", { name: "test/echo", data: { from: "sleeper" } });
    return { itemsProcessed: 1 };
  },
);
const echoed: unknown[] = [];
const echo = inngest.createFunction(
  { id: "test-echo", triggers: [{ event: "test/echo" }] },
  async ({ event, step }) => {
    const copy = await step.run("copy", () => ({ data: event.data, at: new Date("2026-01-01T00:00:00Z") }));
    echoed.push(copy);
    return { itemsProcessed: 1, smsQueued: 2 };
  },
);
const nightly = inngest.createFunction(
  { id: "test-nightly", triggers: [{ cron: "TZ=Asia/Shanghai 0 2 * * *" }] },
  async () => ({}),
);
const broken = inngest.createFunction({ id: "test-broken", triggers: [{ event: "test/broken" }] }, async ({ step }) => {
  await step.run("explode", () => {
    throw new Error("provider refused 13812345678");
  });
});
const waiting = inngest.createFunction({ id: "test-waiting", triggers: [{ event: "test/wait" }] }, async ({ step }) => {
  await step.waitForEvent("approval", { event: "test/approved", timeout: "1h" });
});

describe("in-process job runner", () => {
  it("runs the SMS dispatch function for its event and records the run", async () => {
    const messageId = await queueCode();
    const runner = new InProcessRunner({ functions, db: async () => db });
    const [outcome] = await runner.dispatch({ name: jobEvents.smsDispatchRequested });
    expect(outcome).toMatchObject({ functionId: "dispatch-sms", trigger: "event", status: "succeeded" });
    expect(await jobRun(outcome?.jobRunId ?? null)).toMatchObject({
      functionId: "dispatch-sms",
      trigger: "event",
      status: "succeeded",
      itemsProcessed: 1,
      smsQueued: 0,
      error: null,
      finishedAt: expect.any(Date),
    });
    const [message] = await db.select().from(smsMessages).where(eq(smsMessages.id, messageId));
    expect(message?.status).toBe("delivered");
  });

  it("records a run an administrator started with 立即运行 as manual, not as an event", async () => {
    const runner = new InProcessRunner({ functions, db: async () => db });
    const [outcome] = await runner.dispatch({
      name: runRequestedEvent("dispatch-sms"),
      id: "run-now:dispatch-sms:test",
    });
    expect(outcome).toMatchObject({ functionId: "dispatch-sms", trigger: "manual", status: "succeeded" });
    expect(await jobRun(outcome?.jobRunId ?? null)).toMatchObject({ functionId: "dispatch-sms", trigger: "manual" });
  });

  it("runs it every minute on its cron, beside the other every-minute function", async () => {
    const messageId = await queueCode();
    const runner = new InProcessRunner({ functions, db: async () => db });
    const outcomes = await runner.tick(new Date());
    expect(outcomes.map((o) => [o.functionId, o.trigger, o.status])).toEqual([
      ["dispatch-sms", "cron", "succeeded"],
      ["render-pending-documents", "cron", "succeeded"],
    ]);
    const [message] = await db.select().from(smsMessages).where(eq(smsMessages.id, messageId));
    expect(message?.status).toBe("delivered");
  });

  it("runs a nightly cron at its minute in its time zone only", async () => {
    const runner = new InProcessRunner({ functions: [nightly], db: async () => db, timeZone: "UTC" });
    expect(await runner.tick(shanghai("2026-11-27T02:00:30"))).toHaveLength(1);
    expect(await runner.tick(shanghai("2026-11-27T02:01:00"))).toHaveLength(0);
    expect(await runner.tick(new Date("2026-11-27T02:00:00Z"))).toHaveLength(0);
  });

  it("ignores a repeated event id and events nobody listens to", async () => {
    const runner = new InProcessRunner({ functions: [echo], db: async () => db });
    expect(await runner.dispatch({ name: "test/echo", id: "once" })).toHaveLength(1);
    expect(await runner.dispatch({ name: "test/echo", id: "once" })).toHaveLength(0);
    expect(await runner.dispatch({ name: "test/nobody" })).toHaveLength(0);
  });

  it("gives steps Inngest's semantics: sleep waits, sendEvent triggers, step results come back as JSON", async () => {
    echoed.length = 0;
    const runner = new InProcessRunner({ functions: [sleeper, echo], db: async () => db });
    const [outcome] = await runner.dispatch({ name: "test/sleep" });
    expect(outcome?.status).toBe("succeeded");
    await vi.waitFor(() => expect(echoed).toHaveLength(1));
    expect(echoed[0]).toEqual({ data: { from: "sleeper" }, at: "2026-01-01T00:00:00.000Z" });
    await vi.waitFor(async () => {
      const [last] = await db
        .select()
        .from(jobRuns)
        .where(eq(jobRuns.functionId, "test-echo"))
        .orderBy(desc(jobRuns.startedAt))
        .limit(1);
      expect(last).toMatchObject({ status: "succeeded", itemsProcessed: 1, smsQueued: 2 });
    });
  });

  it("records a failed run with a scrubbed error and keeps going", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const runner = new InProcessRunner({ functions: [broken, waiting], db: async () => db });
    const [failed] = await runner.dispatch({ name: "test/broken" });
    expect(failed).toMatchObject({ status: "failed", error: "provider refused 138****5678" });
    expect(await jobRun(failed?.jobRunId ?? null)).toMatchObject({
      status: "failed",
      error: "provider refused 138****5678",
      finishedAt: expect.any(Date),
    });
    expect(logged.mock.calls.flat().join("\n")).not.toContain("13812345678");

    const [unsupported] = await runner.dispatch({ name: "test/wait" });
    expect(unsupported?.error).toMatch(/step\.waitForEvent is not supported by the in-process job runner/);
    logged.mockRestore();
  });

  it("is what sendEvent uses when no Inngest server is configured", async () => {
    const messageId = await queueCode();
    await sendEvent({ name: jobEvents.smsDispatchRequested });
    await vi.waitFor(async () => {
      const [message] = await db.select().from(smsMessages).where(eq(smsMessages.id, messageId));
      expect(message?.status).toBe("delivered");
    });
  });
});
