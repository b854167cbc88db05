import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NoticeStateBadge } from "@/components/notices/notice-state-badge";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { noticeDeskViews } from "@/server/notices/list-notice-desk";
import { noticeOfficerRoles } from "@/server/notices/notice-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("notices.desk");
  return { title: t("title") };
}

const tabs = [...noticeDeskViews, "objections"] as const;
type Tab = (typeof tabs)[number];

type Props = { searchParams: Promise<{ view?: string | string[] }> };

/**
 * The jurisdiction's notice boards: drafts, notices awaiting approval, published, ended, and the objections
 * queue by due time.
 */
export default async function NoticeDeskPage({ searchParams }: Props) {
  const user = await requireDashboardPage("/dashboard/notices");
  if (!user.roles.some((r) => (noticeOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const asked = (await searchParams).view;
  const view: Tab = tabs.find((t) => t === asked) ?? (user.roles.includes("supervisor") ? "pending" : "drafts");
  const qc = getQueryClient();
  const [t, format, locale, list, objections] = await Promise.all([
    getTranslations("notices"),
    getFormatter(),
    getLocale(),
    view === "objections"
      ? Promise.resolve([])
      : qc.fetchQuery({ ...trpc.notices.desk.queryOptions({ view }), staleTime: 0 }),
    view === "objections"
      ? qc.fetchQuery({ ...trpc.notices.objectionQueue.queryOptions({ view: "open" }), staleTime: 0 })
      : Promise.resolve([]),
  ]);
  const en = locale === "en";
  const now = Date.now();
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" });

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold">{t("desk.title")}</h1>
          <p className="text-muted-foreground">{t("desk.intro")}</p>
        </div>
        <Link href="/dashboard/notices/new" className={buttonVariants()}>
          {t("desk.new")}
        </Link>
      </div>
      <nav aria-label={t("desk.title")} className="flex flex-wrap gap-2">
        {tabs.map((v) => (
          <Link
            key={v}
            href={`/dashboard/notices?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className={`inline-flex min-h-tap items-center rounded-md px-4 py-2 ${
              v === view ? "bg-primary text-primary-foreground" : "border border-border text-foreground"
            }`}
          >
            {t(`desk.views.${v}`)}
          </Link>
        ))}
      </nav>
      {view !== "objections" && list.length === 0 ? <p className="text-muted-foreground">{t("desk.empty")}</p> : null}
      {view !== "objections" ? (
        <ul className="flex flex-col gap-3" data-testid="notice-desk">
          {list.map((n) => (
            <li key={n.id} className="flex flex-col gap-1 rounded-lg border border-border p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/dashboard/notices/${n.id}`}
                  className="font-semibold text-primary underline underline-offset-4 break-words"
                >
                  {n.title}
                </Link>
                <NoticeStateBadge state={n.state} />
              </div>
              <p className="text-sm text-muted-foreground">
                {[
                  en ? n.service.nameEn : n.service.name,
                  en ? (n.unit.nameEn ?? n.unit.name) : n.unit.name,
                  t("board.period", { from: day(n.periodStart), to: day(new Date(n.periodEnd.getTime() - 1)) }),
                  `${t("desk.drafter")} ${n.draftedBy}`,
                ].join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <>
          {objections.length === 0 ? <p className="text-muted-foreground">{t("desk.noObjections")}</p> : null}
          <ul className="flex flex-col gap-3" data-testid="objection-queue">
            {objections.map((o) => (
              <li key={o.id} className="flex flex-col gap-1 rounded-lg border border-border p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/dashboard/notices/${o.notice.id}#objection-${o.id}`}
                    className="font-semibold text-primary underline underline-offset-4 break-words"
                  >
                    {o.notice.title}
                  </Link>
                  {o.dueAt.getTime() < now ? <Badge variant="destructive">{t("desk.overdue")}</Badge> : null}
                </div>
                <p className="line-clamp-2 break-words">{o.body}</p>
                <p className="text-sm text-muted-foreground">{t("desk.due", { date: day(o.dueAt) })}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
