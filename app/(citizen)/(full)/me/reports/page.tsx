import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { buttonVariants } from "@/components/ui/button";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.mine");
  return { title: t("title"), robots: { index: false } };
}

/** The citizen's named reports, newest first. */
export default async function MyReportsPage() {
  await requireCitizenPage("/me/reports");
  const [t, format, locale, list] = await Promise.all([
    getTranslations("reports.mine"),
    getFormatter(),
    getLocale(),
    getQueryClient().fetchQuery({ ...trpc.reports.mine.queryOptions(), staleTime: 0 }),
  ]);
  const en = locale === "en";
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {list.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="my-reports">
        {list.map((r) => (
          <li key={r.id} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-lg font-semibold">{en ? r.service.nameEn : r.service.name}</h2>
              <ReportStateBadge state={r.state} />
            </div>
            <p className="text-sm text-muted-foreground">
              <span className="font-mono">{r.number}</span> ·{" "}
              {format.dateTime(r.createdAt, { dateStyle: "medium", timeZone: "Asia/Shanghai" })} ·{" "}
              {en ? (r.unit.nameEn ?? r.unit.name) : r.unit.name}
            </p>
            <Link
              href={`/reports/${r.id}`}
              aria-label={t("open", { number: r.number })}
              className={buttonVariants({ variant: "outline", className: "self-start" })}
            >
              {t("open", { number: r.number })}
            </Link>
          </li>
        ))}
      </ul>
      <Link href="/reports/follow-up" className="self-start text-primary underline underline-offset-4">
        {t("byToken")}
      </Link>
    </div>
  );
}
