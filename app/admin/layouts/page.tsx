import { Plus } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { FindUserForm } from "./find-user-form";
import { rulesSummary } from "./rules-summary";

export async function generateMetadata() {
  const t = await getTranslations("layouts");
  return { title: t("title") };
}

export default async function LayoutsPage() {
  await requireAdminPage("/admin/layouts");
  const queryClient = getQueryClient();
  const [t, locale, groups, cities] = await Promise.all([
    getTranslations("layouts"),
    getLocale() as Promise<Locale>,
    queryClient.fetchQuery(trpc.layouts.groups.queryOptions()),
    queryClient.fetchQuery(trpc.layouts.cities.queryOptions()),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>{t("search.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <FindUserForm />
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="sm:flex-row sm:items-start sm:justify-between">
          <div className="flex flex-col gap-1">
            <CardTitle>{t("groups.title")}</CardTitle>
            <CardDescription>{t("groups.lead")}</CardDescription>
          </div>
          <Link
            href="/admin/layouts/groups/new"
            className={buttonVariants({ variant: "outline", className: "shrink-0" })}
          >
            <Plus aria-hidden="true" />
            {t("groups.create")}
          </Link>
        </CardHeader>
        <CardContent>
          {groups.length === 0 ? (
            <p className="text-muted-foreground">{t("groups.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-2">
              {groups.map((group) => (
                <li key={group.id} className="flex flex-wrap items-start gap-3 rounded-md border border-border p-3">
                  <div className="flex min-w-0 flex-1 flex-col gap-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{group.name}</span>
                      <Badge variant="primary">{t("groups.priority", { priority: group.priority })}</Badge>
                      {group.enabled ? null : <Badge variant="warning">{t("groups.disabled")}</Badge>}
                    </div>
                    <p className="text-sm text-muted-foreground">
                      {rulesSummary(t, group.rules, cities, locale).join(" · ")}
                    </p>
                    <p className="text-sm text-muted-foreground">{t("groups.items", { count: group.layoutItems })}</p>
                  </div>
                  <Link
                    href={`/admin/layouts/groups/${group.id}`}
                    className="inline-flex min-h-tap items-center font-medium text-primary underline"
                    aria-label={`${t("groups.edit")} ${group.name}`}
                  >
                    {t("groups.edit")}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
