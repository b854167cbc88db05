import { FilePen } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { buttonVariants } from "@/components/ui/button";
import { EmergencyBanner } from "./emergency-banner";

/**
 * What the guide of a record service (report, complaint, petition) offers: the emergency banner where the
 * service has one, and the way to the filing form. Signing in is asked for by the form's page.
 */
export async function ReportAction({ serviceCode }: { serviceCode: string }) {
  const [t, form] = await Promise.all([
    getTranslations("reports.action"),
    getQueryClient().fetchQuery(trpc.reports.form.queryOptions({ code: serviceCode })),
  ]);
  return (
    <div className="flex flex-col gap-4">
      {form.emergencyBanner ? <EmergencyBanner /> : null}
      <p>
        {t("lead")}
        {form.anonymousAllowed ? ` ${t("anonymousAllowed")}` : null}
      </p>
      <Link
        href={`/reports/new?service=${serviceCode}`}
        className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
      >
        <FilePen aria-hidden="true" />
        {t("file")}
      </Link>
    </div>
  );
}
