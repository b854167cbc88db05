import type { InngestFunction } from "inngest";
import { runRequestedEvent } from "./events";

export type ScheduledFunction = { id: string; name: string; crons: string[] };

function triggersOf(fn: InngestFunction.Any): { event?: unknown; cron?: string }[] {
  return (fn.opts.triggers ?? []) as { event?: unknown; cron?: string }[];
}

/**
 * The functions the ops page lists and may start: those on a cron that also listen to their own
 * run-requested event (a function without it could not be started on demand under Inngest).
 */
export function scheduledFunctions(functions: readonly InngestFunction.Any[]): ScheduledFunction[] {
  return functions.flatMap((fn) => {
    const triggers = triggersOf(fn);
    const crons = triggers.flatMap((t) => (t.cron ? [t.cron] : []));
    const startable = triggers.some((t) => t.event === runRequestedEvent(fn.id()));
    return crons.length && startable ? [{ id: fn.id(), name: fn.name ?? fn.id(), crons }] : [];
  });
}
