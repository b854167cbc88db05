import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { serviceKind } from "@/db/schema";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { ServiceKind } from "@/server/catalog/search-services";
import { CategoryOrder } from "./category-order";
import { ServiceEnabledToggle } from "./service-enabled-toggle";

export async function generateMetadata() {
  const t = await getTranslations("catalogAdmin");
  return { title: t("title") };
}

const statuses = ["enabled", "disabled", "maintenance"] as const;
type Status = (typeof statuses)[number];

function one(value: string | string[] | undefined) {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

export default async function AdminServicesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminPage("/admin/services");
  const query = await searchParams;
  const queryClient = getQueryClient();
  const [t, catalog, locale, categories] = await Promise.all([
    getTranslations("catalogAdmin"),
    getTranslations("catalog"),
    getLocale(),
    queryClient.fetchQuery(trpc.catalogAdmin.categories.queryOptions()),
  ]);
  const en = locale === "en";
  // Unknown values in a hand-edited URL fall back to "all" rather than failing the page.
  const q = one(query.q)?.slice(0, 100);
  const categoryParam = one(query.category);
  const category = categories.some((c) => c.code === categoryParam) ? categoryParam : undefined;
  const kindParam = one(query.kind);
  const kind = (serviceKind.enumValues as readonly string[]).includes(kindParam ?? "") ? (kindParam as ServiceKind) : undefined;
  const statusParam = one(query.status);
  const status = (statuses as readonly string[]).includes(statusParam ?? "") ? (statusParam as Status) : undefined;
  const list = await queryClient.fetchQuery(trpc.catalogAdmin.list.queryOptions({ q, category, kind, status }));

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start">
        <div className="flex flex-col gap-4">
          <form method="get" action="/admin/services" className="grid gap-3 rounded-lg border border-border bg-surface p-4 sm:grid-cols-3 sm:items-end">
            <div className="flex flex-col gap-1.5 sm:col-span-3">
              <Label htmlFor="filter-q">{t("filters.q")}</Label>
              <Input id="filter-q" name="q" type="search" defaultValue={q} maxLength={100} />
            </div>
            <Field id="filter-category" label={t("filters.category")}>
              {(control) => (
                <Select {...control} name="category" defaultValue={category ?? ""}>
                  <option value="">{t("filters.all")}</option>
                  {categories.map((c) => (
                    <option key={c.code} value={c.code}>
                      {en ? c.nameEn : c.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="filter-kind" label={t("filters.kind")}>
              {(control) => (
                <Select {...control} name="kind" defaultValue={kind ?? ""}>
                  <option value="">{t("filters.all")}</option>
                  {serviceKind.enumValues.map((k) => (
                    <option key={k} value={k}>
                      {catalog(`kinds.${k}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="filter-status" label={t("filters.status")}>
              {(control) => (
                <Select {...control} name="status" defaultValue={status ?? ""}>
                  <option value="">{t("filters.all")}</option>
                  {statuses.map((s) => (
                    <option key={s} value={s}>
                      {t(`statuses.${s}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
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
            <div className="overflow-x-auto rounded-lg border border-border bg-surface">
              <table className="w-full text-start text-sm">
                <caption className="sr-only">{t("title")}</caption>
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className="px-3 py-2 text-start font-medium">
                      {t("columns.code")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-start font-medium">
                      {t("columns.name")}
                    </th>
                    <th scope="col" className="hidden px-3 py-2 text-start font-medium md:table-cell">
                      {t("columns.category")}
                    </th>
                    <th scope="col" className="hidden px-3 py-2 text-start font-medium sm:table-cell">
                      {t("columns.kind")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-start font-medium">
                      {t("columns.status")}
                    </th>
                    <th scope="col" className="px-3 py-2 text-start font-medium">
                      {t("columns.actions")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => {
                    const name = en ? s.nameEn : s.name;
                    return (
                      <tr key={s.code} className="border-b border-border align-top last:border-0">
                        <td className="px-3 py-2 tabular-nums">{s.code}</td>
                        <th scope="row" className="px-3 py-2 text-start font-medium">
                          <Link href={`/admin/services/${s.code}`} className="text-primary underline-offset-4 hover:underline">
                            {name}
                          </Link>
                        </th>
                        <td className="hidden px-3 py-2 md:table-cell">{en ? s.category.nameEn : s.category.name}</td>
                        <td className="hidden px-3 py-2 sm:table-cell">{catalog(`kinds.${s.kind}`)}</td>
                        <td className="px-3 py-2">
                          <div className="flex flex-wrap gap-1">
                            <Badge variant={s.enabled ? "success" : "destructive"}>{t(s.enabled ? "statuses.enabled" : "statuses.disabled")}</Badge>
                            {s.maintenance ? <Badge variant="warning">{t("statuses.maintenance")}</Badge> : null}
                          </div>
                        </td>
                        <td className="px-3 py-2">
                          <ServiceEnabledToggle code={s.code} name={name} enabled={s.enabled} version={s.version} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
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
