import { scrub } from "@/server/log";

function errorFields(_key: string, value: unknown) {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}

function line(args: unknown[]): string {
  return scrub(
    args.map((a) => (typeof a === "string" ? a : JSON.stringify(errorFields("", a), errorFields))).join(" "),
  );
}

/**
 * The logger background functions get as `ctx.logger`, under Inngest and the in-process runner alike:
 * it passes everything through the same scrubbing as server/log.ts, so no job can log a full ID or phone.
 */
export const jobLogger = {
  info: (...args: unknown[]) => console.log(`[jingmin:job] ${line(args)}`),
  warn: (...args: unknown[]) => console.warn(`[jingmin:job] ${line(args)}`),
  error: (...args: unknown[]) => console.error(`[jingmin:job] ${line(args)}`),
  debug: (...args: unknown[]) => console.debug(`[jingmin:job] ${line(args)}`),
};
