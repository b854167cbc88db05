import { type CsvCell, csvDocument } from "@/server/csv/csv-document";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import type { Metrics } from "./get-metrics";

/** One row per day, one column per series, headed in the reader's language. */
export function metricsCsv(m: Metrics, locale: Locale): string {
  const t = translator(locale);
  const header = [t("metrics.csv.day" as never), ...m.series.map((s) => t(`metrics.series.${s.key}` as never))];
  const rows: CsvCell[][] = m.days.map((day, i) => [day, ...m.series.map((s) => s.values[i] ?? 0)]);
  return csvDocument([header, ...rows]);
}
