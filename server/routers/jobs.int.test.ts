import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, jobRuns } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { functions as inngestFunctions } from "@/inngest";
import { messages } from "@/server/i18n/messages";
import { runRequestedEvent } from "@/server/jobs/events";
import { runJobNow } from "@/server/jobs/run-job-now";
import { scheduledFunctions } from "@/server/jobs/scheduled-functions";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";
import { refusalReason } from "@/test/refusal";

const sent = vi.hoisted(() => [] as { name: string; id?: string }[]);
vi.mock("@/server/jobs/send-event", () => ({
  sendEvent: vi.fn(async (e: { name: string; id?: string }) => void sent.push(e)),
}));

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const as = (key: DemoAccountKey) => callerAsDemo(db, key);

describe("jobs.runs", () => {
  it("lists every scheduled function with its latest runs, newest first", async () => {
    await db.insert(jobRuns).values([
      {
        functionId: "travel-document-reminders",
        trigger: "cron",
        status: "succeeded",
        startedAt: new Date("2026-11-01T01:00:00Z"),
        finishedAt: new Date("2026-11-01T01:02:00Z"),
        itemsProcessed: 1200,
        smsQueued: 37,
      },
      {
        functionId: "travel-document-reminders",
        trigger: "event",
        status: "failed",
        startedAt: new Date("2026-11-02T01:00:00Z"),
        error: "connection lost",
      },
    ]);
    const functions = await (await as("admin")).jobs.runs();
    expect(functions.map((f) => f.id).sort()).toEqual([
      "appointment-reminders",
      "audit-archive",
      "dispatch-sms",
      "household-window-deadlines",
      "notice-expiry",
      "queue-sla-alerts",
      "render-pending-documents",
      "travel-document-reminders",
    ]);
    const reminders = functions.find((f) => f.id === "travel-document-reminders")!;
    expect(reminders.crons).toEqual(["TZ=Asia/Shanghai 0 9 * * *"]);
    expect(reminders.runs.map((r) => [r.status, r.itemsProcessed, r.smsQueued, r.error])).toEqual([
      ["failed", 0, 0, "connection lost"],
      ["succeeded", 1200, 37, null],
    ]);
  });

  it("has a Chinese and an English title for every scheduled function", () => {
    for (const fn of scheduledFunctions(inngestFunctions)) {
      const zh = (messages["zh-CN"].jobs as { names: Record<string, string> }).names[fn.id];
      const en = (messages.en.jobs as { names: Record<string, string> }).names[fn.id];
      expect(zh, fn.id).toMatch(/[\u4e00-\u9fff]/);
      expect(en, fn.id).toBeTruthy();
    }
  });

  it("is for administrators only", async () => {
    for (const key of ["citizen", "stationOfficer", "exitEntryOfficer", "insurer"] as const) {
      expect(await refusalReason((await as(key)).jobs.runs()), key).toBe("FORBIDDEN");
    }
  });
});

describe("jobs.runNow", () => {
  it("sends the function's run-requested event with an id per minute (a double click starts one run), and audits it", async () => {
    await (await as("admin")).jobs.runNow({ functionId: "travel-document-reminders" });
    expect(sent).toEqual([
      {
        name: runRequestedEvent("travel-document-reminders"),
        id: expect.stringMatching(/^run-now:travel-document-reminders:\d+$/),
      },
    ]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "jobs.run_requested"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ targetId: "travel-document-reminders" });
  });

  it("answers a second request in the same minute that the run is already going, and sends nothing more", async () => {
    sent.length = 0;
    const admin = await demoUserRow(db, "admin");
    const now = new Date("2026-12-07T02:00:10Z");
    const request = (at: Date) =>
      runJobNow(db, { functionId: "audit-archive", actor: { id: admin.id, role: "admin" }, now: at });
    expect(await request(now)).toEqual({ functionId: "audit-archive", started: true });
    expect(await request(new Date(now.getTime() + 40_000))).toEqual({ functionId: "audit-archive", started: false });
    expect(sent).toHaveLength(1);
    expect(await request(new Date(now.getTime() + 60_000))).toEqual({ functionId: "audit-archive", started: true });
    expect(sent).toHaveLength(2);
  });

  it("refuses an unknown function and other roles", async () => {
    sent.length = 0;
    expect(await refusalReason((await as("admin")).jobs.runNow({ functionId: "no-such-function" }))).toBe("NOT_FOUND");
    for (const key of ["citizen", "stationOfficer", "exitEntryOfficer", "insurer"] as const) {
      expect(await refusalReason((await as(key)).jobs.runNow({ functionId: "dispatch-sms" })), key).toBe("FORBIDDEN");
    }
    expect(sent).toEqual([]);
  });
});
