"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { chinaDayBounds } from "@/server/dates/china-date-time";

// The formatter works in China time (server/i18n/request.ts), so a day's first moment is labelled that day.
const startOf = (day: string) => chinaDayBounds(day).start;

/**
 * One daily series as a bar chart: dates along the x-axis, counts up the y-axis, the day and its value
 * on hover or keyboard focus (Recharts' accessibility layer). Recharts draws in the browser only; the
 * page renders the same numbers as a table on the server (MetricsView), which is also what screen
 * readers are pointed to.
 */
export function DayChart({ days, values, name }: { days: string[]; values: number[]; name: string }) {
  const format = useFormatter();
  const data = days.map((day, i) => ({ day, value: values[i] ?? 0 }));
  const tick = (day: string) => format.dateTime(startOf(day), { month: "numeric", day: "numeric" });
  const label = (day: string) =>
    format.dateTime(startOf(day), { year: "numeric", month: "long", day: "numeric", weekday: "short" });
  return (
    <BarChart
      responsive
      data={data}
      style={{ width: "100%", height: 180 }}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="var(--color-border)" />
      <XAxis dataKey="day" tickFormatter={tick} minTickGap={12} tick={{ fontSize: 12 }} />
      <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12 }} />
      <Tooltip
        labelFormatter={(day) => label(String(day))}
        formatter={(value) => [format.number(Number(value)), name]}
        cursor={{ fill: "var(--color-primary-soft)" }}
      />
      <Bar dataKey="value" name={name} fill="var(--color-primary)" isAnimationActive={false} />
    </BarChart>
  );
}
