import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";

const deliver = vi.hoisted(() => vi.fn());
vi.mock("@/server/notify/dispatch-sms", () => ({ dispatchSms: deliver }));
vi.mock("@/db/client", () => ({ getDb: async () => ({ fake: "db" }) }));

const { dispatchSms } = await import("./dispatch-sms");

beforeEach(() => {
  deliver.mockReset();
});

describe("dispatch-sms function", () => {
  it("listens to the dispatch event, runs every minute and can be started from the ops page", () => {
    expect(dispatchSms.id()).toBe("dispatch-sms");
    expect(dispatchSms.opts.triggers).toEqual([
      { event: "sms/dispatch.requested" },
      { cron: "* * * * *" },
      { event: "ops/run-requested.dispatch-sms" },
    ]);
  });

  it("delivers the outbox in one step and reports what it handled", async () => {
    deliver.mockResolvedValue({ sent: 2, delivered: 1, retrying: 1, failed: 1 });
    const t = new InngestTestEngine({
      function: dispatchSms,
      events: [{ name: "sms/dispatch.requested", data: {} }],
    });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ itemsProcessed: 5, sent: 2, delivered: 1, retrying: 1, failed: 1 });
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(deliver).toHaveBeenCalledWith({ fake: "db" });
    expect(ctx.step.run).toHaveBeenCalledWith("deliver-queued-sms", expect.any(Function));
  });

  it("fails the run when the outbox cannot be read, so Inngest retries it", async () => {
    deliver.mockRejectedValue(new Error("database unavailable"));
    const t = new InngestTestEngine({ function: dispatchSms });
    const { error } = (await t.execute()) as { error?: { message?: string } };
    expect(error?.message).toContain("database unavailable");
  });
});
