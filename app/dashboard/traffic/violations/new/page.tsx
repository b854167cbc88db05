import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { fetchMyUnit } from "@/components/orgs/fetch-my-unit";
import { unitLabel } from "@/components/orgs/unit-label";
import { PlateBadge } from "@/components/traffic/plate-badge";
import { RecordViolationForm } from "@/components/traffic/record-violation-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { recordViolationRoles } from "@/server/traffic/record-violation";

export async function generateMetadata() {
  const t = await getTranslations("traffic.record");
  return { title: t("title") };
}

const statusVariant = { unpaid: "warning", paid: "success", processing: "neutral" } as const;

/** The traffic officer's desk: record a violation, and see what the jurisdiction recorded lately. */
export default async function RecordViolationPage() {
  const user = await requireDashboardPage("/dashboard/traffic/violations/new");
  if (!user.roles.some((r) => (recordViolationRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, tViolation, format, locale, myUnit, codes, recent] = await Promise.all([
    getTranslations("traffic.record"),
    getTranslations("traffic.violation"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    fetchMyUnit(user),
    getQueryClient().fetchQuery(trpc.traffic.violationCodes.queryOptions()),
    getQueryClient().fetchQuery({ ...trpc.traffic.recentRecorded.queryOptions(), staleTime: 0 }),
  ]);
  const unit = myUnit?.chain.at(-1);
  const en = locale === "en";

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {unit ? <Alert role="note">{t("scope", { unit: unitLabel(unit, locale) })}</Alert> : null}
      <Card>
        <CardContent className="pt-4 sm:pt-5">
          <RecordViolationForm codes={codes} />
        </CardContent>
      </Card>

      <Card aria-labelledby="recent-violations">
        <CardHeader>
          <CardTitle id="recent-violations">{t("recentTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          {recent.length === 0 ? (
            <p className="text-muted-foreground">{t("recentEmpty")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[56rem] text-start text-sm" data-testid="recent-violations">
                <thead>
                  <tr className="border-b border-border text-muted-foreground">
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{t("plate")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{tViolation("time")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{tViolation("place")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{tViolation("act")}</th>
                    <th scope="col" className="py-2 pe-4 text-end font-medium whitespace-nowrap">{tViolation("fine")}</th>
                    <th scope="col" className="py-2 pe-4 text-end font-medium whitespace-nowrap">{tViolation("points")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{tViolation("status")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium whitespace-nowrap">{t("recordedBy")}</th>
                    <th scope="col" className="py-2 text-start font-medium whitespace-nowrap">{tViolation("photo")}</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.map((v) => (
                    <tr key={v.id} className="border-b border-border align-top last:border-0">
                      <th scope="row" className="py-2 pe-4 text-start font-normal">
                        <PlateBadge plate={v.plateNumber} plateType={v.plateType} className="text-base" />
                      </th>
                      <td className="py-2 pe-4 whitespace-nowrap">{format.dateTime(v.occurredAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                      <td className="min-w-40 py-2 pe-4">{v.place}</td>
                      <td className="min-w-32 py-2 pe-4">
                        <span className="tabular-nums">{v.actCode}</span> {(en ? v.actNameEn : v.actName) ?? ""}
                      </td>
                      <td className="py-2 pe-4 text-end tabular-nums whitespace-nowrap">{tViolation("yuan", { amount: fenToYuan(v.fineFen) })}</td>
                      <td className="py-2 pe-4 text-end tabular-nums">{v.points}</td>
                      <td className="py-2 pe-4 whitespace-nowrap">
                        <Badge variant={statusVariant[v.status]}>{tViolation(`statuses.${v.status}`)}</Badge>
                      </td>
                      <td className="py-2 pe-4 whitespace-nowrap">{v.recordedByName ?? t("camera")}</td>
                      <td className="py-2 whitespace-nowrap">
                        {v.photoBlobId ? (
                          <a href={`/api/blob/${v.photoBlobId}`} target="_blank" rel="noopener" className="text-primary underline underline-offset-4">
                            {tViolation("photo")}
                          </a>
                        ) : (
                          "—"
                        )}
                      </td>
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
