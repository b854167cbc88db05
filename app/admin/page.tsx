import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
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
          <CardContent className="overflow-x-auto">
            <table aria-labelledby="by-city" className="w-full text-start text-sm">
              <thead>
                <tr className="border-b border-border text-muted-foreground">
                  <th scope="col" className="py-2 pe-4 text-start font-medium">
                    {t("columns.city")}
                  </th>
                  <th scope="col" className="hidden py-2 pe-4 text-start font-medium sm:table-cell">
                    {t("columns.code")}
                  </th>
                  <th scope="col" className="py-2 pe-4 text-end font-medium">
                    {t("columns.counties")}
                  </th>
                  <th scope="col" className="py-2 text-end font-medium">
                    {t("columns.stations")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.cities.map((city) => (
                  <tr key={city.id} className="border-b border-border last:border-0">
                    <th scope="row" className="py-2 pe-4 text-start font-medium">
                      {unitLabel(city, locale)}
                    </th>
                    <td className="hidden py-2 pe-4 tabular-nums sm:table-cell">{city.code}</td>
                    <td className="py-2 pe-4 text-end tabular-nums">{format.number(city.counties)}</td>
                    <td className="py-2 text-end tabular-nums">{format.number(city.stations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </CardContent>
        </Card>
      </section>
    </div>
  );
}
