import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminHome() {
  const user = await requireAdminPage("/admin");
  const [t, format, locale, summary] = await Promise.all([
    getTranslations("admin"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery(trpc.org.summary.queryOptions()),
  ]);
  const totals = [
    { key: "cities", value: summary.totals.cities },
    { key: "counties", value: summary.totals.counties },
    { key: "stations", value: summary.totals.stations },
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("greeting", { name: user.name })}</h1>
      <section aria-labelledby="org-tree" className="flex flex-col gap-4">
        <h2 id="org-tree" className="text-xl font-semibold">
          {t("orgTree")}
        </h2>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {totals.map(({ key, value }) => (
            <div key={key} className="rounded-lg border border-border bg-surface p-4">
              <dt className="text-sm text-muted-foreground">{t(`totals.${key}`)}</dt>
              <dd className="text-3xl font-bold text-primary">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
        <Card>
          <CardHeader>
            <CardTitle as="h3" id="by-city">
              {t("byCity")}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <Table
              labelledBy="by-city"
              rows={summary.cities}
              rowKey={(city) => city.id}
              columns={[
                { key: "city", header: t("columns.city"), rowHeader: true, cell: (city) => unitLabel(city, locale) },
                { key: "code", header: t("columns.code"), numeric: true, wideOnly: true, cell: (city) => city.code },
                {
                  key: "counties",
                  header: t("columns.counties"),
                  align: "end",
                  numeric: true,
                  cell: (city) => format.number(city.counties),
                },
                {
                  key: "stations",
                  header: t("columns.stations"),
                  align: "end",
                  numeric: true,
                  cell: (city) => format.number(city.stations),
                },
              ]}
            />
          </CardContent>
        </Card>
      </section>
    </div>
  );
}
