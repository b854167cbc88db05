import "server-only";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { InngestFunction } from "inngest";
import type { Db } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { chinaTimeZone } from "@/server/dates/china-time-zone";
import { env } from "@/server/env";
import { logError, logInfo, scrub } from "@/server/log";
import { type CronSchedule, cronSchedule } from "./cron-schedule";
import { isRunRequestedEvent } from "./events";
import { jobLogger } from "./job-logger";
import { jobSummaryOf } from "./job-summary";

export type JobEvent = { name: string; data?: Record<string, unknown>; id?: string };

/** How a run started: its cron, an event another function or service sent, or an administrator's "run now". */
export type JobTrigger = "cron" | "event" | "manual";

export type JobRunOutcome = {
  jobRunId: string | null;
  functionId: string;
  trigger: JobTrigger;
  status: "succeeded" | "failed";
  result?: unknown;
  error?: string;
};

type AnyFunction = InngestFunction.Any;
type Payload = { name: string; data: Record<string, unknown>; id: string; ts: number };

/** Inngest ignores a repeated event id for 24 hours; so does this runner. */
const eventDedupeMs = 24 * 60 * 60 * 1000;
/** setTimeout's ceiling; longer sleeps wait in chunks. */
const maxTimer = 2 ** 31 - 1;

async function wait(ms: number): Promise<void> {
  let left = ms;
  while (left > 0) {
    const chunk = Math.min(left, maxTimer);
    await new Promise((resolve) => setTimeout(resolve, chunk));
    left -= chunk;
  }
}

const units: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Inngest's time strings ("30s", "1h30m", "2d") or milliseconds. */
function durationMs(duration: unknown): number {
  if (typeof duration === "number") return duration;
  if (typeof duration !== "string") throw new Error(`unsupported duration ${String(duration)}`);
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ms|w|d|h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join("") !== duration.replace(/\s+/g, "")) {
    throw new Error(`unsupported duration "${duration}"`);
  }
  return parts.reduce((sum, p) => sum + Number(p[1]) * (units[p[2] as string] as number), 0);
}

function unsupported(what: string): never {
  throw new Error(`${what} is not supported by the in-process job runner; configure Inngest to use it`);
}

/**
 * Runs our Inngest functions inside this process when no Inngest server is configured, so the embedded
 * default behaves like production: the same function objects, events dispatched at once, crons on
 * their schedule, every run recorded in job_runs.
 *
 * Steps run on the spot (no durable replay): `step.run` executes its callback once and hands back the
 * JSON-serialised result as Inngest would, `step.sleep`/`sleepUntil` wait in memory, `step.sendEvent`
 * dispatches here. Other step tools need Inngest and fail loudly. A failed run is recorded and logged,
 * not retried: the functions' crons pick up what a failed run left behind.
 */
export class InProcessRunner {
  private readonly functions: readonly AnyFunction[];
  private readonly db: () => Promise<Db>;
  private readonly crons: Map<AnyFunction, CronSchedule[]>;
  private readonly seenEvents = new Map<string, number>();
  private readonly cronsRunning = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(opts: { functions: readonly AnyFunction[]; db: () => Promise<Db>; timeZone?: string }) {
    this.functions = opts.functions;
    this.db = opts.db;
    const timeZone = opts.timeZone ?? env().TZ ?? chinaTimeZone;
    this.crons = new Map(
      opts.functions.map((fn) => [fn, triggersOf(fn).flatMap((t) => (t.cron ? [cronSchedule(t.cron, timeZone)] : []))]),
    );
  }

  /** Runs every function the event triggers and resolves when all have finished; never rejects. */
  async dispatch(event: JobEvent): Promise<JobRunOutcome[]> {
    const now = Date.now();
    for (const [id, at] of this.seenEvents) if (now - at > eventDedupeMs) this.seenEvents.delete(id);
    if (event.id) {
      if (this.seenEvents.has(event.id)) return [];
      this.seenEvents.set(event.id, now);
    }
    const payload: Payload = { name: event.name, data: event.data ?? {}, id: event.id ?? randomUUID(), ts: now };
    const targets = this.functions.filter((fn) =>
      triggersOf(fn).some((t) => t.event !== undefined && eventName(t.event) === event.name),
    );
    const trigger = isRunRequestedEvent(event.name) ? "manual" : "event";
    return Promise.all(targets.map((fn) => this.run(fn, trigger, payload)));
  }

  /** Runs the functions whose cron matches the minute `at` falls in; a cron run still going is not started twice. */
  async tick(at: Date): Promise<JobRunOutcome[]> {
    const due: [AnyFunction, CronSchedule][] = [];
    for (const [fn, schedules] of this.crons) {
      const schedule = schedules.find((s) => s.matches(at));
      if (schedule) due.push([fn, schedule]);
    }
    return Promise.all(
      due.flatMap(([fn, schedule]) => {
        const id = fn.id();
        if (this.cronsRunning.has(id)) {
          logInfo("job skipped: previous cron run still going", { functionId: id });
          return [];
        }
        this.cronsRunning.add(id);
        const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
        const payload: Payload = {
          name: "inngest/scheduled.timer",
          data: { cron: schedule.expression },
          id: `cron:${id}:${minute.toISOString()}`,
          ts: at.getTime(),
        };
        return [this.run(fn, "cron", payload).finally(() => this.cronsRunning.delete(id))];
      }),
    );
  }

  /** Ticks at the start of every minute until stop(); the timer does not keep the process alive. */
  start(): void {
    if (this.timer) return;
    const schedule = () => {
      const now = Date.now();
      const next = Math.floor(now / 60_000) * 60_000 + 60_000;
      this.timer = setTimeout(() => {
        schedule();
        void this.tick(new Date(next));
      }, next - now);
      this.timer.unref?.();
    };
    schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(fn: AnyFunction, trigger: JobTrigger, event: Payload): Promise<JobRunOutcome> {
    const functionId = fn.id();
    let jobRunId: string | null = null;
    try {
      const db = await this.db();
      const [row] = await db.insert(jobRuns).values({ functionId, trigger }).returning({ id: jobRuns.id });
      jobRunId = row?.id ?? null;
    } catch (error) {
      logError("job run not recorded", error, { functionId, trigger });
    }
    const runId = jobRunId ?? randomUUID();
    try {
      const handler = fn["fn"] as (ctx: unknown) => unknown;
      const result = await handler({
        event,
        events: [event],
        runId,
        attempt: 0,
        maxAttempts: 1,
        logger: jobLogger,
        step: this.stepTools(),
        group: new Proxy({}, { get: (_t, p) => (typeof p === "string" ? () => unsupported(`group.${p}`) : undefined) }),
        defer: () => unsupported("defer"),
      });
      await this.finish(jobRunId, { status: "succeeded", ...jobSummaryOf(result) });
      return { jobRunId, functionId, trigger, status: "succeeded", result };
    } catch (error) {
      const message = scrub(error instanceof Error ? error.message : String(error)).slice(0, 2000);
      logError("job run failed", error, { functionId, trigger, jobRunId });
      await this.finish(jobRunId, { status: "failed", error: message });
      return { jobRunId, functionId, trigger, status: "failed", error: message };
    }
  }

  private async finish(
    jobRunId: string | null,
    outcome: { status: "succeeded" | "failed"; itemsProcessed?: number; smsQueued?: number; error?: string },
  ) {
    if (!jobRunId) return;
    try {
      const db = await this.db();
      await db
        .update(jobRuns)
        .set({ ...outcome, finishedAt: sql`now()` })
        .where(eq(jobRuns.id, jobRunId));
    } catch (error) {
      logError("job run outcome not recorded", error, { jobRunId });
    }
  }

  private stepTools() {
    const tools: Record<string, unknown> = {
      run: async (_id: unknown, callback: (...args: unknown[]) => unknown, ...args: unknown[]) => {
        const value = await callback(...args);
        return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      },
      sleep: (_id: unknown, duration: unknown) => wait(durationMs(duration)),
      sleepUntil: (_id: unknown, until: Date | string | number) => wait(new Date(until).getTime() - Date.now()),
      sendEvent: async (_id: unknown, events: JobEvent | JobEvent[]) => {
        const list = Array.isArray(events) ? events : [events];
        const ids = list.map((e) => e.id ?? randomUUID());
        list.forEach((e, i) => void this.dispatch({ ...e, id: ids[i] }));
        return { ids };
      },
    };
    return new Proxy(tools, {
      get: (target, prop) => {
        if (typeof prop !== "string" || prop === "then") return undefined;
        return prop in target ? target[prop] : () => unsupported(`step.${prop}`);
      },
    });
  }
}

function triggersOf(fn: AnyFunction): { event?: unknown; cron?: string }[] {
  return (fn.opts.triggers ?? []) as { event?: unknown; cron?: string }[];
}

function eventName(event: unknown): string {
  return typeof event === "string" ? event : String((event as { name?: unknown }).name);
}

const slot = globalThis as unknown as { __jingminJobRunner?: Promise<InProcessRunner> };

/**
 * The process-wide runner over every function in inngest/index.ts, kept on globalThis because Next
 * bundles instrumentation and route handlers separately. Loaded lazily: the functions import services
 * that send events through this runner.
 */
export function inProcessRunner(): Promise<InProcessRunner> {
  slot.__jingminJobRunner ??= (async () => {
    const [{ functions }, { getDb }] = await Promise.all([import("@/inngest"), import("@/db/client")]);
    return new InProcessRunner({ functions, db: getDb });
  })().catch((error: unknown) => {
    slot.__jingminJobRunner = undefined;
    throw error;
  });
  return slot.__jingminJobRunner;
}
