import { z } from "zod";
import { type DeskUnitType, deskUnitTypes } from "@/server/applications/engine-config";

/** Who keeps the register up to date: the police station, or a city desk (车管所, 出入境 …). */
export type QueryMaintainer = "station" | DeskUnitType;

/** Where a source's next step leads: the target service's guide, or booking a slot of an appointment service. */
export type NextStepTarget = { service: string; via: "guide" | "book" };

export type QueryScope = { prefixes?: string[]; codes?: string[] };

/**
 * How a 查询 service answers, stored beside it (services.query) and checked by validateQueryConfig: either one
 * of the register sources in server/queries/sources (the generic page /queries/[code] asks it), or a page of
 * its own that already answers it (/cases, /traffic/violations).
 */
export type QueryConfig =
  | {
      version: 1;
      kind: "source";
      source: string;
      maintainer: QueryMaintainer;
      /** Ask for an SMS confirmation even if the source does not require one. */
      sensitive: boolean;
      nextSteps: Record<string, NextStepTarget>;
      /**
       * Which services' records a source over applications reads (progress queries of one area): service
       * codes, or two-letter prefixes ("HZ" for every 户政 service). None means all.
       */
      scope?: QueryScope;
    }
  | { version: 1; kind: "page"; path: string; maintainer: QueryMaintainer };

const serviceCode = z.string().regex(/^[A-Z]{2}\d{3}$/);
const maintainer = z.enum(["station", ...deskUnitTypes]);

/** The stored shape; references (source keys, services, steps) are checked by validateQueryConfig. */
export const queryConfigSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    version: z.literal(1),
    kind: z.literal("source"),
    source: z.string().regex(/^[a-z][a-z0-9_]{1,47}$/),
    maintainer,
    sensitive: z.boolean(),
    nextSteps: z.record(
      z.string().regex(/^[a-z][a-z0-9_]{1,47}$/),
      z.strictObject({ service: serviceCode, via: z.enum(["guide", "book"]) }),
    ),
    scope: z
      .strictObject({
        prefixes: z
          .array(z.string().regex(/^[A-Z]{2}$/))
          .min(1)
          .max(10)
          .optional(),
        codes: z.array(serviceCode).min(1).max(40).optional(),
      })
      .optional(),
  }),
  z.strictObject({
    version: z.literal(1),
    kind: z.literal("page"),
    path: z.string().regex(/^\/[a-z0-9\-/]*$/),
    maintainer,
  }),
]) satisfies z.ZodType<QueryConfig>;

/** The link a next step becomes. */
export function nextStepHref(target: NextStepTarget): string {
  return target.via === "book" ? `/appointments/book?service=${target.service}` : `/services/${target.service}`;
}

/** Whether a service falls within a query's scope (everything when there is none). */
export function inQueryScope(scope: QueryScope | undefined, code: string): boolean {
  if (!scope || (!scope.prefixes && !scope.codes)) return true;
  return !!scope.prefixes?.includes(code.slice(0, 2)) || !!scope.codes?.includes(code);
}
