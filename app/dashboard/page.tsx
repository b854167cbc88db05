import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fetchMyUnit } from "@/components/orgs/fetch-my-unit";
import { unitLabel } from "@/components/orgs/unit-label";
import { OverdueByOfficer } from "@/components/supervision/overdue-by-officer";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { staffRoles } from "@/server/accounts/session-user";
import type { Locale } from "@/server/i18n/config";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardHome() {
  const user = await requireDashboardPage("/dashboard");
  const [t, shell, format, locale, myUnit] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("shell"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    fetchMyUnit(user),
  ]);
  // A supervisor's home leads with the overdue work of their subtree, per officer.
  const supervision = user.roles.includes("supervisor")
    ? await getQueryClient().fetchQuery(trpc.supervision.home.queryOptions())
    : null;
  const tSupervision = await getTranslations("supervision");
  const roles = user.roles.filter((r) => (staffRoles as readonly string[]).includes(r));
  const below = myUnit
    ? (["city", "county", "desk", "station"] as const).filter((level) => myUnit.below[level] > 0)
    : [];
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("greeting", { name: user.name })}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-4 sm:grid-cols-[8rem_minmax(0,1fr)]">
            <dt className="font-medium text-muted-foreground">{t("roles")}</dt>
            <dd className="flex flex-wrap gap-2">
              {roles.map((r) => (
                <Badge key={r} variant="primary">
                  {shell(`roles.${r}`)}
                </Badge>
              ))}
            </dd>
            {myUnit ? (
              <>
                <dt className="font-medium text-muted-foreground">{t("unit")}</dt>
                <dd>
                  <ol className="flex flex-wrap items-center gap-x-1">
                    {myUnit.chain.map((unit, i) => (
                      <li key={unit.id} className="flex items-center gap-x-1">
                        {i > 0 ? (
                          <span aria-hidden="true" className="text-muted-foreground">
                            ›
                          </span>
                        ) : null}
                        <span className={i === myUnit.chain.length - 1 ? "font-semibold" : undefined}>
                          {unitLabel(unit, locale)}
                        </span>
                      </li>
                    ))}
                  </ol>
                </dd>
                <dt className="font-medium text-muted-foreground">{t("jurisdiction")}</dt>
                <dd>
                  {below.length
                    ? t("belowIntro", {
                        units: format.list(
                          below.map((level) => t(`below.${level}`, { count: myUnit.below[level] })),
                          { type: "conjunction" },
                        ),
                      })
                    : t("jurisdictionOwn")}
                </dd>
              </>
            ) : (
              <>
                <dt className="font-medium text-muted-foreground">{t("jurisdiction")}</dt>
                <dd>{t("noUnit")}</dd>
              </>
            )}
          </dl>
        </CardContent>
      </Card>
      {supervision ? (
        <>
          <OverdueByOfficer counts={supervision.byOfficer} />
          <Link href="/dashboard/supervision" className="self-start text-primary underline underline-offset-4">
            {tSupervision("homeLink")}
          </Link>
        </>
      ) : null}
    </div>
  );
}
