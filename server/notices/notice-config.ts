import { z } from "zod";
import { type UnitType, unitTypes } from "@/server/applications/engine-config";

/**
 * How a 公示 board works, stored beside its service (services.notice) and checked by validateNoticeConfig: the
 * org unit types that may publish on it (a station publishes its window hours, only 车管所 its driving-test
 * results), the publication period a notice must respect in whole days (the law's minimum, e.g. six months for
 * unclaimed seized property), and whether citizens may raise objections (异议) during the period.
 */
export type NoticeConfig = {
  version: 1;
  publishers: UnitType[];
  periodDays: { min: number; max: number };
  objections: boolean;
};

/** Five years: longer than any publication period the law sets (penalty decisions stay up to three). */
export const longestNoticePeriodDays = 1825;

const msg = (key: string) => `i18n:serviceConfig.validation.${key}`;
const days = z.number().int().min(1).max(longestNoticePeriodDays);

/** The stored shape; rules between its parts (each unit type once, min ≤ max) are checked by validateNoticeConfig. */
export const noticeConfigSchema = z.strictObject({
  version: z.literal(1),
  publishers: z.array(z.enum(unitTypes)).min(1, msg("noticePublishers")).max(unitTypes.length),
  periodDays: z.strictObject({ min: days, max: days }),
  objections: z.boolean(),
}) satisfies z.ZodType<NoticeConfig>;

/** The stored configuration, or null when there is none (or it no longer fits the shape): such a board takes nobody. */
export function readNoticeConfig(stored: unknown): NoticeConfig | null {
  const parsed = noticeConfigSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** A notice period's length as the law counts it: first day to last day, both included (China has no DST). */
export function noticePeriodDays(period: { periodStart: Date; periodEnd: Date }): number {
  return Math.round((period.periodEnd.getTime() - period.periodStart.getTime()) / 86_400_000);
}
