import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { MetricsView } from "@/components/metrics/metrics-view";
import { requireDashboardPage } from "@/server/accounts/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("metrics");
  return { title: t("title") };
}

export default async function DashboardMetricsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireDashboardPage("/dashboard/metrics");
  if (!user.roles.includes("supervisor") && !user.roles.includes("admin")) redirect("/forbidden");
  return <MetricsView basePath="/dashboard/metrics" query={await searchParams} />;
}
