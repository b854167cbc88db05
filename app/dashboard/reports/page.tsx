import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { reportOfficerRoles } from "@/server/reports/report-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("reports.desk");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ view?: string | string[] }> };

/** The jurisdiction's reports: the open ones by due time, or the latest closed ones. */
export default async function ReportQueuePage({ searchParams }: Props) {
  const user = await requireDashboardPage("/dashboard/reports");
  if (!user.roles.some((r) => (reportOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const view = (await searchParams).view === "closed" ? "closed" : "open";
  const [t, format, locale, list] = await Promise.all([
    getTranslations("reports.desk"),
    getFormatter(),
    getLocale(),
    getQueryClient().fetchQuery({ ...trpc.reports.queue.queryOptions({ view }), staleTime: 0 }),
  ]);
  const en = locale === "en";
  const now = Date.now();
  const tab = (v: "open" | "closed") =>
    v === view
      ? "rounded-md bg-primary px-4 py-2 text-primary-foreground"
      : "rounded-md border border-border px-4 py-2 text-foreground";

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <nav aria-label={t("title")} className="flex gap-2">
        {(["open", "closed"] as const).map((v) => (
          <Link
            key={v}
            href={v === "open" ? "/dashboard/reports" : "/dashboard/reports?view=closed"}
            aria-current={v === view ? "page" : undefined}
            className={`inline-flex min-h-tap items-center ${tab(v)}`}
          >
            {t(v)}
          </Link>
        ))}
      </nav>
      {list.length === 0 ? <p className="text-muted-foreground">{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="report-queue">
        {list.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 rounded-lg border border-border p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={`/dashboard/reports/${r.id}`}
                aria-label={t("openItem", { number: r.number })}
                className="font-mono font-semibold text-primary underline underline-offset-4 break-all"
              >
                {r.number}
              </Link>
              <ReportStateBadge state={r.state} />
              {r.state !== "closed" && r.dueAt.getTime() < now ? (
                <Badge variant="destructive">{t("overdue")}</Badge>
              ) : null}
            </div>
            <p>
              {en ? r.service.nameEn : r.service.name}
              {r.anonymous ? ` · ${t("anonymous")}` : null}
            </p>
            <p className="text-sm text-muted-foreground">
              {[
                en ? (r.unit.nameEn ?? r.unit.name) : r.unit.name,
                `${t("due")} ${format.dateTime(r.dueAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" })}`,
                `${t("assigned")} ${r.assignedTo ?? t("unassigned")}`,
              ].join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
