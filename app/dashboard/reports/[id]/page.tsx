import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReportDeskActions, RevealReporter } from "@/components/reports/report-desk-actions";
import { ReportDetail } from "@/components/reports/report-detail";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { reportOfficerRoles } from "@/server/reports/report-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("reports.desk");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One report for its handling unit: what was reported, the reporter (masked), replies, and the actions. */
export default async function ReportDeskPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/reports/${id}`);
  if (!user.roles.some((r) => (reportOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, locale] = await Promise.all([getTranslations("reports.desk"), getLocale()]);
  const report = await getQueryClient()
    .fetchQuery({ ...trpc.reports.detail.queryOptions({ id }), staleTime: 0 })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/forbidden");
      throw error;
    });
  const name = locale === "en" ? report.service.nameEn : report.service.name;

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <Link href="/dashboard/reports" className="self-start text-primary underline underline-offset-4">
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{name}</h1>
        <ReportStateBadge state={report.state} />
      </div>
      <Card aria-labelledby="report-reporter">
        <CardHeader>
          <CardTitle id="report-reporter">{t("reporter")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-2">
          {report.reporter.anonymous ? (
            <p data-testid="reporter">{t("anonymous")}</p>
          ) : (
            <>
              <p data-testid="reporter">
                {report.reporter.name}
                {report.reporter.phone ? ` · ${t("phone")} ${report.reporter.phone}` : null}
              </p>
              <RevealReporter reportId={report.id} />
            </>
          )}
          <p className="text-sm text-muted-foreground">
            {t("assigned")} {report.assignedTo ?? t("unassigned")}
          </p>
        </CardContent>
      </Card>
      <ReportDetail report={report} viewer="officer" />
      <ReportDeskActions reportId={report.id} state={report.state} />
    </div>
  );
}
