import type { UnitType } from "@/server/applications/engine-config";
import { DomainError } from "@/server/errors";
import { noticePeriodDays, readNoticeConfig } from "./notice-config";

/**
 * The board's rules, where a notice is drafted and again where it goes for approval and is approved (the board
 * may have been reconfigured since the draft): the publishing unit's type must be one of the board's publishers
 * (a board without a configuration takes nobody), and the period must last the board's days.
 */
export function assertNoticeFitsBoard(
  stored: unknown,
  notice: { unitType: UnitType; periodStart: Date; periodEnd: Date },
): void {
  const config = readNoticeConfig(stored);
  if (!config || !config.publishers.includes(notice.unitType)) throw new DomainError("NOTICE_PUBLISHER_NOT_ALLOWED");
  const days = noticePeriodDays(notice);
  const { min, max } = config.periodDays;
  if (days < min || days > max) throw new DomainError("NOTICE_PERIOD_OUT_OF_RANGE", { min, max, days });
}
