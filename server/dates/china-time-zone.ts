/**
 * China's one time zone, the zone of every date and time the site shows or reads: UTC+8 without daylight
 * saving since 1991, so the offset is a constant. Everything else in server/dates derives from these three;
 * nothing here imports the database or Node, so client components use the module too.
 */
export const chinaTimeZone = "Asia/Shanghai";
export const chinaUtcOffset = "+08:00";
export const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** A calendar day in China, YYYY-MM-DD: the one type for expiry dates, deadlines, slot days and birth dates. */
export type ChinaDay = string;
