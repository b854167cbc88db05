import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it, vi } from "vitest";

const draw = vi.hoisted(() => vi.fn());
vi.mock("@/server/documents/render-pending-documents", () => ({ renderPendingDocuments: draw }));
vi.mock("@/db/client", () => ({ getDb: async () => ({ fake: "db" }) }));

const { renderPendingDocuments } = await import("./render-pending-documents");

beforeEach(() => {
  draw.mockReset();
});

describe("render-pending-documents function", () => {
  it("runs every minute and can be started from the ops page", () => {
    expect(renderPendingDocuments.id()).toBe("render-pending-documents");
    expect(renderPendingDocuments.opts.triggers).toEqual([
      { cron: "* * * * *" },
      { event: "ops/run-requested.render-pending-documents" },
    ]);
  });

  it("draws batch after batch while more are left, leaving the last 30 seconds to the issuing requests", async () => {
    draw
      .mockResolvedValueOnce({ rendered: 50, failed: 0, more: true })
      .mockResolvedValueOnce({ rendered: 7, failed: 1, more: false });
    const started = Date.now();
    const { result } = await new InngestTestEngine({ function: renderPendingDocuments }).execute();
    const finished = Date.now();
    expect(result).toEqual({ itemsProcessed: 57, smsQueued: 0, rendered: 57, failed: 1 });
    expect(draw).toHaveBeenCalledTimes(2);
    const { issuedBefore } = draw.mock.calls[0]![1] as { issuedBefore: Date };
    expect(issuedBefore.getTime()).toBeGreaterThanOrEqual(started - 30_000);
    expect(issuedBefore.getTime()).toBeLessThanOrEqual(finished - 30_000);
  });

  it("stops when a batch draws nothing, so documents that keep failing do not hold the run", async () => {
    draw.mockResolvedValue({ rendered: 0, failed: 50, more: true });
    const { result } = await new InngestTestEngine({ function: renderPendingDocuments }).execute();
    expect(result).toMatchObject({ rendered: 0, failed: 50 });
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
