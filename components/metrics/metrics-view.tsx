import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { addDays } from "@/server/dates/add-days";
import { chinaDayBounds } from "@/server/dates/china-date-time";
import { chinaToday } from "@/server/dates/china-today";
import type { Locale } from "@/server/i18n/config";
import { DayChart } from "./day-chart";

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function one(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The metrics page, shared by supervisors (/dashboard/metrics) and admins (/admin/metrics): a range of
 * days (the last 30 by default), one chart per series, time in each step, and the units below to drill into.
 */
export async function MetricsView({ basePath, query }: { basePath: string; query: Record<string, string | string[] | undefined> }) {
  const today = chinaToday();
  const fromParam = one(query.from);
  const toParam = one(query.to);
  const to = toParam && dayPattern.test(toParam) ? toParam : today;
  const from = fromParam && dayPattern.test(fromParam) && fromParam <= to ? fromParam : addDays(to, -29);
  const unitParam = Number(one(query.unit));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : undefined;
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
          {(control) => (
            <Input {...control} name="from" type="date" defaultValue={from} />
          )}
        </Field>
        <Field id="metrics-to" label={t("range.to")}>
          {(control) => (
            <Input {...control} name="to" type="date" defaultValue={to} />
          )}
        </Field>
        <Button type="submit" variant="secondary">
          {t("range.apply")}
        </Button>
        <a href={`/api/metrics/export?${exportParams.toString()}`} download className={cn(buttonVariants({ variant: "outline" }))}>
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
                <summary className="min-h-tap cursor-pointer py-2 text-sm font-medium text-primary">{t("table.show")}</summary>
                <div className="max-h-64 overflow-y-auto">
                  <table className="w-full text-sm">
                    <caption className="sr-only">{t("table.caption", { series: t(`series.${s.key}`) })}</caption>
                    <thead>
                      <tr className="border-b border-border text-muted-foreground">
                        <th scope="col" className="py-1 pe-3 text-start font-medium">{t("csv.day")}</th>
                        <th scope="col" className="py-1 text-end font-medium">{t(`series.${s.key}`)}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {m.days.map((day, i) => (
                        <tr key={day} className="border-b border-border last:border-0">
                          <th scope="row" className="py-1 pe-3 text-start font-normal tabular-nums">{dayLabel(day)}</th>
                          <td className="py-1 text-end tabular-nums">{s.values[i]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
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
            <table className="w-full text-start text-sm">
              <thead>
                <tr className="border-b border-border text-muted-foreground">
                  <th scope="col" className="py-2 pe-3 text-start font-medium">{t("durations.state")}</th>
                  <th scope="col" className="py-2 pe-3 text-end font-medium">{t("durations.stays")}</th>
                  <th scope="col" className="py-2 pe-3 text-end font-medium">{t("durations.median")}</th>
                  <th scope="col" className="py-2 text-end font-medium">{t("durations.p90")}</th>
                </tr>
              </thead>
              <tbody>
                {m.durations.map((d) => (
                  <tr key={d.state} className="border-b border-border last:border-0">
                    <td className="py-2 pe-3">{desk(`states.${d.state}` as never)}</td>
                    <td className="py-2 pe-3 text-end tabular-nums">{d.stays}</td>
                    <td className="py-2 pe-3 text-end tabular-nums">{d.medianHours ?? ""}</td>
                    <td className="py-2 text-end tabular-nums">{d.p90Hours ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
            <div className="overflow-x-auto">
              <table className="w-full min-w-[28rem] text-start text-sm">
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className="py-2 pe-3 text-start font-medium">{t("children.unit")}</th>
                    <th scope="col" className="py-2 pe-3 text-end font-medium">{t("series.received")}</th>
                    <th scope="col" className="py-2 pe-3 text-end font-medium">{t("series.decided")}</th>
                    <th scope="col" className="py-2 text-end font-medium">{t("series.completed")}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.children.map((c) => (
                    <tr key={c.id} className="border-b border-border last:border-0">
                      <td className="py-2 pe-3">
                        <Link href={href(c.id)} className="text-primary underline underline-offset-4">
                          {unitLabel(c, locale)}
                        </Link>
                      </td>
                      <td className="py-2 pe-3 text-end tabular-nums">{c.received}</td>
                      <td className="py-2 pe-3 text-end tabular-nums">{c.decided}</td>
                      <td className="py-2 text-end tabular-nums">{c.completed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
