import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { addDays } from "@/server/dates/add-days";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { chinaToday } from "@/server/dates/china-today";
import type { Locale } from "@/server/i18n/config";
import { DayChart } from "./day-chart";

/**
 * The metrics page, shared by supervisors (/dashboard/metrics) and admins (/admin/metrics): a range of
 * days (the last 30 by default), one chart per series, time in each step, and the units below to drill into.
 */
export async function MetricsView({ basePath, query }: { basePath: string; query: SearchParams }) {
  const today = chinaToday();
  const parsed = parseSearchParams({ from: searchParam.day(), to: searchParam.day(), unit: searchParam.id() }, query);
  const to = parsed.to ?? today;
  const from = parsed.from && parsed.from <= to ? parsed.from : addDays(to, -29);
  const unitId = parsed.unit;
  const [t, desk, format, locale, m] = await Promise.all([
    getTranslations("metrics"),
    getTranslations("desk"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery(trpc.metrics.overview.queryOptions({ unitId, from, to })),
  ]);
  const href = (unit: number | undefined) => {
    const params = new URLSearchParams({ from, to });
    if (unit) params.set("unit", String(unit));
    return `${basePath}?${params.toString()}`;
  };
  const exportParams = new URLSearchParams({ from, to, unit: String(m.unit.id) });
  const dayLabel = (day: string) => format.dateTime(chinaDayBounds(day).start, { dateStyle: "medium" });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">
          {t("title")} · {unitLabel(m.unit, locale)}
        </h1>
        <p className="text-muted-foreground">{t("intro")}</p>
        {m.parent ? (
          <Link href={href(m.parent.id)} className="self-start text-primary underline underline-offset-4">
            {t("up", { unit: unitLabel(m.parent, locale) })}
          </Link>
        ) : null}
      </div>

      <form method="get" action={basePath} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="unit" value={m.unit.id} />
        <Field id="metrics-from" label={t("range.from")}>
          {(control) => <Input {...control} name="from" type="date" defaultValue={from} />}
        </Field>
        <Field id="metrics-to" label={t("range.to")}>
          {(control) => <Input {...control} name="to" type="date" defaultValue={to} />}
        </Field>
        <Button type="submit" variant="secondary">
          {t("range.apply")}
        </Button>
        <a
          href={`/api/metrics/export?${exportParams.toString()}`}
          download
          className={cn(buttonVariants({ variant: "outline" }))}
        >
          {t("range.export")}
        </a>
      </form>

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {m.series.map((s) => (
          <Card key={s.key} aria-labelledby={`metric-${s.key}`} data-metric={s.key}>
            <CardHeader>
              <CardTitle id={`metric-${s.key}`}>{t(`series.${s.key}`)}</CardTitle>
              <CardDescription>{t("total", { total: s.total })}</CardDescription>
            </CardHeader>
            <CardContent className="flex flex-col gap-2">
              <DayChart days={m.days} values={s.values} name={t(`series.${s.key}`)} />
              <details>
                <summary className="min-h-tap cursor-pointer py-2 text-sm font-medium text-primary">
                  {t("table.show")}
                </summary>
                {/* A month of days scrolls in its box; the box takes the focus so the keyboard can scroll it. */}
                <div
                  className="max-h-64 overflow-y-auto"
                  role="region"
                  tabIndex={0}
                  aria-label={t("table.caption", { series: t(`series.${s.key}`) })}
                >
                  <Table
                    caption={t("table.caption", { series: t(`series.${s.key}`) })}
                    captionHidden
                    rows={m.days}
                    rowKey={(day) => day}
                    columns={[
                      {
                        key: "day",
                        header: t("csv.day"),
                        numeric: true,
                        className: "font-normal",
                        rowHeader: true,
                        cell: (day) => dayLabel(day),
                      },
                      {
                        key: "value",
                        header: t(`series.${s.key}`),
                        align: "end",
                        numeric: true,
                        cell: (_day, i) => s.values[i],
                      },
                    ]}
                  />
                </div>
              </details>
            </CardContent>
          </Card>
        ))}
      </div>
      {m.unit.level !== "province" ? <p className="text-sm text-muted-foreground">{t("provinceOnly")}</p> : null}

      <Card aria-labelledby="metrics-durations">
        <CardHeader>
          <CardTitle id="metrics-durations">{t("durations.title")}</CardTitle>
          <CardDescription>{t("durations.intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          {m.durations.length === 0 ? (
            <p className="text-muted-foreground">{t("durations.none")}</p>
          ) : (
            <Table
              rows={m.durations}
              rowKey={(d) => d.state}
              columns={[
                { key: "state", header: t("durations.state"), cell: (d) => desk(`states.${d.state}` as never) },
                { key: "stays", header: t("durations.stays"), align: "end", numeric: true, cell: (d) => d.stays },
                {
                  key: "median",
                  header: t("durations.median"),
                  align: "end",
                  numeric: true,
                  cell: (d) => d.medianHours ?? "",
                },
                { key: "p90", header: t("durations.p90"), align: "end", numeric: true, cell: (d) => d.p90Hours ?? "" },
              ]}
            />
          )}
        </CardContent>
      </Card>

      <Card aria-labelledby="metrics-children">
        <CardHeader>
          <CardTitle id="metrics-children">{t("children.title")}</CardTitle>
          <CardDescription>{t("children.intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          {m.children.length === 0 ? (
            <p className="text-muted-foreground">{t("children.none")}</p>
          ) : (
            <Table
              className="sm:min-w-[28rem]"
              rows={m.children}
              rowKey={(c) => c.id}
              columns={[
                {
                  key: "unit",
                  header: t("children.unit"),
                  cell: (c) => (
                    <Link href={href(c.id)} className="text-primary underline underline-offset-4">
                      {unitLabel(c, locale)}
                    </Link>
                  ),
                },
                { key: "received", header: t("series.received"), align: "end", numeric: true, cell: (c) => c.received },
                { key: "decided", header: t("series.decided"), align: "end", numeric: true, cell: (c) => c.decided },
                {
                  key: "completed",
                  header: t("series.completed"),
                  align: "end",
                  numeric: true,
                  cell: (c) => c.completed,
                },
              ]}
            />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
