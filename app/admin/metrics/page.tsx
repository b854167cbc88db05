import { getTranslations } from "next-intl/server";
import { MetricsView } from "@/components/metrics/metrics-view";
import { requireAdminPage } from "@/server/accounts/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("metrics");
  return { title: t("title") };
}

/** The province's metrics for admins, who have no dashboard of their own; the same view supervisors get. */
export default async function AdminMetricsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireAdminPage("/admin/metrics");
  return <MetricsView basePath="/admin/metrics" query={await searchParams} />;
}
