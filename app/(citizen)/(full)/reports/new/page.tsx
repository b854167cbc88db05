import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { EmergencyBanner } from "@/components/reports/emergency-banner";
import { ReportForm } from "@/components/reports/report-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireCitizenPage } from "@/server/accounts/page-guards";

type Props = { searchParams: Promise<{ service?: string | string[] }> };

const serviceCode = /^[A-Z]{2}\d{3}$/;

/** The report service named in the address; anything that is not one is the same 404. */
const loadForm = cache(async (service: string | string[] | undefined) => {
  const code = typeof service === "string" ? service : "";
  await requireCitizenPage(`/reports/new?service=${encodeURIComponent(code)}`);
  if (!serviceCode.test(code)) notFound();
  try {
    return await getQueryClient().fetchQuery(trpc.reports.form.queryOptions({ code }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ service }, locale] = await Promise.all([searchParams, getLocale()]);
  const form = await loadForm(service);
  return { title: locale === "en" ? form.nameEn : form.name, robots: { index: false } };
}

/** Files a report, tip, complaint or petition; the emergency banner comes first where the service has one. */
export default async function NewReportPage({ searchParams }: Props) {
  const { service } = await searchParams;
  const [form, t, locale] = await Promise.all([loadForm(service), getTranslations("reports"), getLocale()]);
  const name = locale === "en" ? form.nameEn : form.name;
  return (
    <div className="flex flex-col gap-6">
      {form.emergencyBanner ? <EmergencyBanner /> : null}
      <Breadcrumb
        label={t("new.breadcrumb")}
        items={[{ label: name, href: `/services/${form.code}` }, { label: t("new.breadcrumb") }]}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{name}</h1>
        <p className="text-muted-foreground">{t("new.intro", { unit: t("new.introUnit"), days: form.slaDays })}</p>
      </header>
      <ReportForm form={form} />
    </div>
  );
}
