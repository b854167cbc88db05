import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { FollowUpForm } from "@/components/reports/follow-up-form";
import { ReportDetail } from "@/components/reports/report-detail";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireCitizenPage } from "@/server/accounts/page-guards";

type Props = { params: Promise<{ id: string }> };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The citizen's own named report; someone else's, a missing one and a malformed id are the same 404. */
const loadReport = cache(async (id: string) => {
  await requireCitizenPage(`/reports/${id}`);
  if (!uuid.test(id)) notFound();
  try {
    return await getQueryClient().fetchQuery({ ...trpc.reports.get.queryOptions({ id }), staleTime: 0 });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, locale] = await Promise.all([params, getLocale()]);
  const report = await loadReport(id);
  return { title: locale === "en" ? report.service.nameEn : report.service.name, robots: { index: false } };
}

export default async function MyReportPage({ params }: Props) {
  const { id } = await params;
  const [report, t, locale] = await Promise.all([loadReport(id), getTranslations("reports"), getLocale()]);
  const name = locale === "en" ? report.service.nameEn : report.service.name;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb label={t("mine.title")} items={[{ label: t("mine.title"), href: "/me/reports" }, { label: name }]} />
      <h1 className="text-2xl font-bold text-primary md:text-3xl">{name}</h1>
      <ReportDetail report={report} viewer="reporter" />
      {report.state === "closed" ? (
        <p className="text-muted-foreground">{t("detail.closedNote")}</p>
      ) : (
        <FollowUpForm reportId={report.id} />
      )}
    </div>
  );
}
