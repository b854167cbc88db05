import { z } from "zod";
import { type DeskUnitType, deskUnitTypes } from "@/server/applications/engine-config";

/** Who keeps the register up to date: the police station, or a city desk (车管所, 出入境 …). */
export type QueryMaintainer = "station" | DeskUnitType;

/** Where a source's next step leads: the target service's guide, or booking a slot of an appointment service. */
export type NextStepTarget = { service: string; via: "guide" | "book" };

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
