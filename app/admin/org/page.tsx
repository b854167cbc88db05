import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { SelectField } from "@/components/ui/select-field";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { CreateStationForm } from "./create-station-form";
import { OrgUnitActions } from "./org-unit-actions";

export async function generateMetadata() {
  const t = await getTranslations("orgAdmin");
  return { title: t("title") };
}

const indent = { province: "", city: "", county: "ps-4", station: "ps-10", desk: "ps-4" } as const;

export default async function OrgPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage("/admin/org");
  const query = await searchParams;
  const cityParam = parseSearchParams({ city: searchParam.id() }, query).city;
  const queryClient = getQueryClient();
  const [t, shell, locale, units] = await Promise.all([
    getTranslations("orgAdmin"),
    getTranslations("shell"),
    getLocale() as Promise<Locale>,
    queryClient.fetchQuery(trpc.staff.units.queryOptions()),
  ]);
  const tree = await queryClient.fetchQuery(trpc.orgAdmin.tree.queryOptions({ cityId: cityParam }));
  const byId = new Map(units.map((u) => [u.id, u]));
  const allCounties = units
    .filter((u) => u.level === "county")
    .map((u) => {
      const city = u.parentId ? byId.get(u.parentId) : undefined;
      return { id: u.id, code: u.code, label: `${city ? `${unitLabel(city, locale)} · ` : ""}${unitLabel(u, locale)}` };
    });
  const cityCounties = tree.units
    .filter((u) => u.level === "county")
    .map((u) => ({ id: u.id, code: u.code, label: unitLabel(u, locale) }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <Card aria-labelledby="org-tree">
        <CardHeader>
          <CardTitle id="org-tree">{t("tree.title")}</CardTitle>
          <CardDescription>{t("tree.intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <form method="get" action="/admin/org" className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <SelectField
              id="org-city"
              label={t("tree.city")}
              name="city"
              defaultValue={tree.city ? String(tree.city.id) : ""}
              options={tree.cities.map((c) => ({ value: c.id, label: unitLabel(c, locale) }))}
            />
            <Button type="submit" variant="secondary">
              {t("tree.show")}
            </Button>
          </form>
          <Table
            className="sm:min-w-[40rem]"
            rows={tree.units}
            rowKey={(u) => u.id}
            rowProps={(u) => ({ "data-org-unit": u.code })}
            columns={[
              {
                key: "unit",
                header: t("tree.unit"),
                cell: (u) => (
                  <span className={`flex flex-col ${indent[u.level]}`}>
                    <span className="font-medium">{unitLabel(u, locale)}</span>
                    <span className="text-muted-foreground">{shell(`orgLevels.${u.level}`)}</span>
                  </span>
                ),
              },
              { key: "code", header: t("tree.code"), numeric: true, cell: (u) => u.code },
              {
                key: "supervisors",
                header: t("tree.supervisors"),
                cell: (u) => (
                  <span>
                    {u.supervisors.length ? (
                      u.supervisors.join("、")
                    ) : (
                      <span className="text-muted-foreground">{t("tree.noSupervisor")}</span>
                    )}
                    <br />
                    <Link
                      href={`/admin/officers?unit=${u.id}&role=supervisor`}
                      className="text-primary underline underline-offset-4"
                    >
                      {t("tree.manageSupervisors")}
                    </Link>
                  </span>
                ),
              },
              {
                key: "officers",
                header: t("tree.officers"),
                numeric: true,
                cell: (u) => (
                  <Link href={`/admin/officers?unit=${u.id}`} className="text-primary underline underline-offset-4">
                    {u.officers}
                  </Link>
                ),
              },
              {
                key: "actions",
                header: t("tree.actions"),
                cell: (u) => <OrgUnitActions unit={u} counties={allCounties} />,
              },
            ]}
          />
        </CardContent>
      </Card>

      <Card aria-labelledby="org-create">
        <CardHeader>
          <CardTitle id="org-create">{t("create.title")}</CardTitle>
          <CardDescription>{t("create.intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateStationForm counties={cityCounties} />
        </CardContent>
      </Card>
    </div>
  );
}
