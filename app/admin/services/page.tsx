import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { SelectField } from "@/components/ui/select-field";
import { serviceKind } from "@/db/schema";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { CategoryOrder } from "./category-order";
import { ServiceEnabledToggle } from "./service-enabled-toggle";

export async function generateMetadata() {
  const t = await getTranslations("catalogAdmin");
  return { title: t("title") };
}

const statuses = ["enabled", "disabled", "maintenance"] as const;

export default async function AdminServicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage("/admin/services");
  const query = await searchParams;
  const queryClient = getQueryClient();
  const [t, tc, catalog, locale, categories] = await Promise.all([
    getTranslations("catalogAdmin"),
    getTranslations("serviceConfig"),
    getTranslations("catalog"),
    getLocale(),
    queryClient.fetchQuery(trpc.catalogAdmin.categories.queryOptions()),
  ]);
  const en = locale === "en";
  // Unknown values in a hand-edited URL fall back to "all" rather than failing the page.
  const parsed = parseSearchParams(
    {
      q: searchParam.text(100),
      category: searchParam.text(100),
      kind: searchParam.oneOf(serviceKind.enumValues),
      status: searchParam.oneOf(statuses),
    },
    query,
  );
  const { q, kind, status } = parsed;
  const category = categories.some((c) => c.code === parsed.category) ? parsed.category : undefined;
  const list = await queryClient.fetchQuery(trpc.catalogAdmin.list.queryOptions({ q, category, kind, status }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <Link href="/admin/services/new" className={buttonVariants()}>
            {tc("create.title")}
          </Link>
        </div>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start">
        <div className="flex flex-col gap-4">
          <form
            method="get"
            action="/admin/services"
            className="grid gap-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-3 sm:items-end"
          >
            <Field id="filter-q" label={t("filters.q")} className="sm:col-span-3">
              {(control) => <Input {...control} name="q" type="search" defaultValue={q} maxLength={100} />}
            </Field>
            <SelectField
              id="filter-category"
              label={t("filters.category")}
              name="category"
              defaultValue={category ?? ""}
              emptyOption={t("filters.all")}
              options={categories.map((c) => ({ value: c.code, label: en ? c.nameEn : c.name }))}
            />
            <SelectField
              id="filter-kind"
              label={t("filters.kind")}
              name="kind"
              defaultValue={kind ?? ""}
              emptyOption={t("filters.all")}
              options={serviceKind.enumValues.map((k) => ({ value: k, label: catalog(`kinds.${k}`) }))}
            />
            <SelectField
              id="filter-status"
              label={t("filters.status")}
              name="status"
              defaultValue={status ?? ""}
              emptyOption={t("filters.all")}
              options={statuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
            <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
              <Button type="submit">{t("filters.submit")}</Button>
              {q || category || kind || status ? (
                <Link href="/admin/services" className="text-primary underline underline-offset-4">
                  {t("filters.clear")}
                </Link>
              ) : null}
            </div>
          </form>

          <p role="status" className="font-medium">
            {list.length ? t("count", { count: list.length }) : t("none")}
          </p>

          {list.length ? (
            <Table
              caption={t("title")}
              captionHidden
              wrapperClassName="sm:rounded-lg sm:border sm:border-border sm:bg-surface sm:px-3"
              rows={list}
              rowKey={(s) => s.code}
              columns={[
                { key: "code", header: t("columns.code"), numeric: true, cell: (s) => s.code },
                {
                  key: "name",
                  header: t("columns.name"),
                  rowHeader: true,
                  cell: (s) => (
                    <Link
                      href={`/admin/services/${s.code}`}
                      className="text-primary underline-offset-4 hover:underline"
                    >
                      {en ? s.nameEn : s.name}
                    </Link>
                  ),
                },
                {
                  key: "category",
                  header: t("columns.category"),
                  wideOnly: true,
                  cell: (s) => (en ? s.category.nameEn : s.category.name),
                },
                { key: "kind", header: t("columns.kind"), wideOnly: true, cell: (s) => catalog(`kinds.${s.kind}`) },
                {
                  key: "status",
                  header: t("columns.status"),
                  cell: (s) => (
                    <div className="flex flex-wrap gap-1">
                      <Badge variant={s.enabled ? "success" : "destructive"}>
                        {t(s.enabled ? "statuses.enabled" : "statuses.disabled")}
                      </Badge>
                      {s.maintenance ? <Badge variant="warning">{t("statuses.maintenance")}</Badge> : null}
                    </div>
                  ),
                },
                {
                  key: "actions",
                  header: t("columns.actions"),
                  cell: (s) => (
                    <ServiceEnabledToggle
                      code={s.code}
                      name={en ? s.nameEn : s.name}
                      enabled={s.enabled}
                      version={s.version}
                    />
                  ),
                },
              ]}
            />
          ) : null}
        </div>

        <Card>
          <CardHeader>
            <CardTitle>{t("categories.title")}</CardTitle>
            <CardDescription>{t("categories.lead")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CategoryOrder categories={categories} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
