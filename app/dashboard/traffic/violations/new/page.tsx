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
import { Table } from "@/components/ui/table";
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
            <Table
              data-testid="recent-violations"
              className="sm:min-w-[56rem]"
              rows={recent}
              rowKey={(v) => v.id}
              columns={[
                {
                  key: "plate",
                  header: t("plate"),
                  className: "font-normal",
                  rowHeader: true,
                  cell: (v) => <PlateBadge plate={v.plateNumber} plateType={v.plateType} className="text-base" />,
                },
                {
                  key: "time",
                  header: tViolation("time"),
                  className: "whitespace-nowrap",
                  cell: (v) => format.dateTime(v.occurredAt, { dateStyle: "medium", timeStyle: "short" }),
                },
                { key: "place", header: tViolation("place"), className: "min-w-40", cell: (v) => v.place },
                {
                  key: "act",
                  header: tViolation("act"),
                  className: "min-w-32",
                  cell: (v) => (
                    <>
                      <span className="tabular-nums">{v.actCode}</span> {(en ? v.actNameEn : v.actName) ?? ""}
                    </>
                  ),
                },
                {
                  key: "fine",
                  header: tViolation("fine"),
                  align: "end",
                  numeric: true,
                  className: "whitespace-nowrap",
                  cell: (v) => tViolation("yuan", { amount: fenToYuan(v.fineFen) }),
                },
                { key: "points", header: tViolation("points"), align: "end", numeric: true, cell: (v) => v.points },
                {
                  key: "status",
                  header: tViolation("status"),
                  className: "whitespace-nowrap",
                  cell: (v) => <Badge variant={statusVariant[v.status]}>{tViolation(`statuses.${v.status}`)}</Badge>,
                },
                {
                  key: "recordedBy",
                  header: t("recordedBy"),
                  className: "whitespace-nowrap",
                  cell: (v) => v.recordedByName ?? t("camera"),
                },
                {
                  key: "photo",
                  header: tViolation("photo"),
                  className: "whitespace-nowrap",
                  cell: (v) =>
                    v.photoBlobId ? (
                      <a
                        href={`/api/blob/${v.photoBlobId}`}
                        target="_blank"
                        rel="noopener"
                        className="text-primary underline underline-offset-4"
                      >
                        {tViolation("photo")}
                      </a>
                    ) : (
                      "—"
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
