import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordFoundItemForm } from "@/components/lost-found/record-found-item-form";
import { ReturnFoundItemForm } from "@/components/lost-found/return-found-item-form";
import { fetchMyUnit } from "@/components/orgs/fetch-my-unit";
import { unitLabel } from "@/components/orgs/unit-label";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { parseSearchParams, type SearchParams, searchParam } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import { lostFoundStatuses } from "@/db/schema/lost-found-vocabulary";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { lostFoundDeskRoles } from "@/server/lost-found/lost-found-roles";

export async function generateMetadata() {
  const t = await getTranslations("lostFound.desk");
  return { title: t("title") };
}

const statusVariant = { held: "warning", returned: "success", handed_over: "neutral" } as const;

/** The station's found-property book: record what is handed in, hand it back to its owner. */
export default async function LostFoundDeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireDashboardPage("/dashboard/lost-found");
  if (!user.roles.some((r) => (lostFoundDeskRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const { status } = parseSearchParams({ status: searchParam.oneOf(lostFoundStatuses) }, await searchParams);
  const [t, tCategory, tStatus, locale, myUnit, items] = await Promise.all([
    getTranslations("lostFound.desk"),
    getTranslations("lostFound.categories"),
    getTranslations("lostFound.statuses"),
    getLocale() as Promise<Locale>,
    fetchMyUnit(user),
    getQueryClient().fetchQuery({ ...trpc.lostFound.deskList.queryOptions({ status }), staleTime: 0 }),
  ]);
  const unit = myUnit?.chain.at(-1);
  const filters = [undefined, ...lostFoundStatuses] as const;

  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {unit ? <Alert role="note">{t("scope", { unit: unitLabel(unit, locale) })}</Alert> : null}
      <Card aria-labelledby="record-found">
        <CardHeader>
          <CardTitle id="record-found">{t("recordTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <RecordFoundItemForm />
        </CardContent>
      </Card>
      <Card aria-labelledby="found-items">
        <CardHeader>
          <CardTitle id="found-items">{t("listTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <nav aria-label={t("filter")} className="flex flex-wrap gap-2">
            {filters.map((s) => (
              <Link
                key={s ?? "all"}
                href={s ? `/dashboard/lost-found?status=${s}` : "/dashboard/lost-found"}
                aria-current={s === status ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-tap items-center rounded-md border border-border px-3",
                  s === status ? "bg-primary text-primary-foreground" : "bg-surface",
                )}
              >
                {s ? tStatus(s) : t("all")}
              </Link>
            ))}
          </nav>
          {items.length === 0 ? (
            <p className="text-muted-foreground">{t("empty")}</p>
          ) : (
            <Table
              data-testid="found-items"
              className="sm:min-w-[60rem]"
              rows={items}
              rowKey={(i) => i.id}
              columns={[
                {
                  key: "number",
                  header: t("itemNumber"),
                  rowHeader: true,
                  className: "whitespace-nowrap tabular-nums",
                  cell: (i) => i.itemNumber,
                },
                {
                  key: "item",
                  header: t("description"),
                  className: "min-w-40",
                  cell: (i) => (
                    <>
                      <span className="font-medium">{tCategory(i.category)}</span> · {i.description}
                      <span className="mt-1 block text-sm text-muted-foreground">
                        {t("marksShort", { marks: i.identifyingMarks })}
                      </span>
                    </>
                  ),
                },
                {
                  key: "found",
                  header: t("found"),
                  className: "min-w-40",
                  cell: (i) => (
                    <>
                      {i.foundPlace}
                      <span className="block text-sm text-muted-foreground tabular-nums">{i.foundOn}</span>
                    </>
                  ),
                },
                { key: "unit", header: t("unit"), className: "min-w-32", cell: (i) => i.unitName },
                {
                  key: "status",
                  header: t("status"),
                  className: "whitespace-nowrap",
                  cell: (i) => (
                    <>
                      <Badge variant={statusVariant[i.status]}>{tStatus(i.status)}</Badge>
                      {i.claimant ? (
                        <span className="block text-sm text-muted-foreground">
                          {t("returnedTo", { claimant: i.claimant })}
                        </span>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: "action",
                  header: t("action"),
                  cell: (i) =>
                    i.status === "held" ? <ReturnFoundItemForm itemId={i.id} itemNumber={i.itemNumber} /> : "—",
                },
              ]}
            />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
