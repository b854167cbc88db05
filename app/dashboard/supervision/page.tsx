import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { unitLabel } from "@/components/orgs/unit-label";
import { OverdueByOfficer } from "@/components/supervision/overdue-by-officer";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { SupervisionActions } from "./supervision-actions";

export async function generateMetadata() {
  const t = await getTranslations("supervision");
  return { title: t("title") };
}

export default async function SupervisionPage() {
  const user = await requireDashboardPage("/dashboard/supervision");
  if (!user.roles.includes("supervisor")) redirect("/forbidden");
  const [t, desk, format, locale, home] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("desk"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery(trpc.supervision.home.queryOptions()),
  ]);
  const at = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>

      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <OverdueByOfficer counts={home.byOfficer} />
        <Card aria-labelledby="supervision-notices">
          <CardHeader>
            <CardTitle id="supervision-notices">{t("notices.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            {home.notifications.length === 0 ? (
              <p className="text-muted-foreground">{t("notices.none")}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {home.notifications.map((n) => (
                  <li
                    key={n.id}
                    className="flex flex-col border-b border-border pb-2 last:border-0"
                    data-testid="supervision-notice"
                  >
                    <span className="font-medium">
                      {t(`notices.kinds.${n.kind as "sla_overdue"}`, {
                        number: String(n.details.number ?? ""),
                        from: String(n.details.from ?? ""),
                      })}
                    </span>
                    <span className="text-sm text-muted-foreground tabular-nums">
                      {n.deadline ? t("notices.deadline", { at: at(n.deadline) }) : at(n.at)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <Card aria-labelledby="supervision-items">
        <CardHeader>
          <CardTitle id="supervision-items">{t("items.title")}</CardTitle>
          <CardDescription>{t("items.summary", { total: home.total, shown: home.items.length })}</CardDescription>
        </CardHeader>
        <CardContent>
          {home.items.length === 0 ? (
            <p className="text-muted-foreground">{t("items.none")}</p>
          ) : (
            <Table
              className="sm:min-w-[48rem]"
              rows={home.items}
              rowKey={(item) => item.id}
              rowProps={(item) => ({ "data-overdue-item": item.number ?? item.id })}
              columns={[
                {
                  key: "number",
                  header: t("items.number"),
                  cell: (item) => (
                    <span className="flex flex-col gap-1">
                      <Link
                        href={`/dashboard/applications/${item.id}`}
                        aria-label={t("items.open", { number: item.number ?? "" })}
                        className="font-medium tabular-nums text-primary underline underline-offset-4"
                      >
                        {item.number}
                      </Link>
                      <span>{locale === "en" ? item.service.nameEn : item.service.name}</span>
                      <span className="flex flex-wrap gap-1">
                        <Badge variant="neutral">{desk(`states.${item.state}` as never)}</Badge>
                        {item.overdue ? <Badge variant="destructive">{t("items.overdue")}</Badge> : null}
                        {item.escalatedHere ? <Badge variant="warning">{t("items.escalatedHere")}</Badge> : null}
                        {item.escalatedTo ? (
                          <Badge variant="warning">
                            {t("items.escalatedTo", { unit: unitLabel(item.escalatedTo, locale) })}
                          </Badge>
                        ) : null}
                      </span>
                    </span>
                  ),
                },
                { key: "station", header: t("items.station"), cell: (item) => unitLabel(item.station, locale) },
                {
                  key: "waiting",
                  header: t("items.waiting"),
                  numeric: true,
                  cell: (item) => (
                    <span className="flex flex-col">
                      <span>{t("items.since", { at: at(item.stateSince) })}</span>
                      {item.deadline ? (
                        <span className="text-muted-foreground">{t("items.deadline", { at: at(item.deadline) })}</span>
                      ) : null}
                    </span>
                  ),
                },
                {
                  key: "holder",
                  header: t("items.holder"),
                  cell: (item) =>
                    item.holder ? item.holder.name : <span className="text-muted-foreground">{t("items.nobody")}</span>,
                },
                {
                  key: "actions",
                  header: t("items.actions"),
                  cell: (item) => (
                    <SupervisionActions item={{ id: item.id, number: item.number, candidates: item.candidates }} />
                  ),
                },
              ]}
            />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
