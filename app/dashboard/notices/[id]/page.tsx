import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AnswerObjectionForm, NoticeDeskActions } from "@/components/notices/notice-desk-actions";
import { NoticeDraftForm } from "@/components/notices/notice-draft-form";
import { NoticeStateBadge } from "@/components/notices/notice-state-badge";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { chinaToday } from "@/server/dates/china-today";
import { noticeApproverRole, noticeOfficerRoles } from "@/server/notices/notice-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("notices.desk");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One notice for the desk: its text, its state and actions, and its objections to answer. */
export default async function NoticeDeskDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/notices/${id}`);
  if (!user.roles.some((r) => (noticeOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const qc = getQueryClient();
  const [t, format, locale, notice] = await Promise.all([
    getTranslations("notices"),
    getFormatter(),
    getLocale(),
    qc.fetchQuery({ ...trpc.notices.detail.queryOptions({ id }), staleTime: 0 }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/forbidden");
      throw error;
    }),
  ]);
  const services =
    notice.state === "draft" ? await qc.fetchQuery(trpc.notices.draftBoards.queryOptions({ noticeId: notice.id })) : [];
  const en = locale === "en";
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const lastDay = new Date(notice.periodEnd.getTime() - 1);
  const canApprove = user.roles.includes(noticeApproverRole) && user.id !== notice.draftedBy.id;
  const now = Date.now();

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <Link href="/dashboard/notices" className="self-start text-primary underline underline-offset-4">
        {t("desk.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold break-words">{notice.title}</h1>
        <NoticeStateBadge state={notice.state} />
      </div>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted-foreground">{t("detail.service")}</dt>
        <dd>{en ? notice.service.nameEn : notice.service.name}</dd>
        <dt className="text-muted-foreground">{t("detail.unit")}</dt>
        <dd>{en ? (notice.unit.nameEn ?? notice.unit.name) : notice.unit.name}</dd>
        <dt className="text-muted-foreground">{t("detail.period")}</dt>
        <dd>{t("board.period", { from: day(notice.periodStart), to: day(lastDay) })}</dd>
        <dt className="text-muted-foreground">{t("desk.drafter")}</dt>
        <dd>{notice.draftedBy.name}</dd>
        {notice.approvedBy && notice.approvedAt ? (
          <>
            <dt className="text-muted-foreground">{t("desk.approver")}</dt>
            <dd>
              {notice.approvedBy} · {at(notice.approvedAt)}
            </dd>
          </>
        ) : null}
      </dl>
      {notice.returnReason && notice.state === "draft" ? (
        <Alert variant="warning" title={t("desk.returned")}>
          {notice.returnReason}
        </Alert>
      ) : null}
      {notice.withdrawReason ? (
        <Alert variant="warning" title={t("desk.withdrawn")}>
          {notice.withdrawReason}
        </Alert>
      ) : null}
      {notice.state === "draft" ? (
        <NoticeDraftForm
          id={notice.id}
          services={services.map((s) => ({
            code: s.code,
            label: `${s.code} ${en ? s.nameEn : s.name}`,
            periodDays: s.periodDays,
            objections: s.objections,
          }))}
          initial={{
            serviceCode: notice.service.code,
            title: notice.title,
            body: notice.body,
            firstDay: chinaToday(notice.periodStart),
            lastDay: chinaToday(lastDay),
          }}
        />
      ) : (
        <div className="whitespace-pre-line break-words rounded-lg border border-border p-4" data-testid="notice-body">
          {notice.body}
        </div>
      )}
      <NoticeDeskActions noticeId={notice.id} state={notice.state} canApprove={canApprove} />
      <section aria-labelledby="objections" className="flex flex-col gap-3">
        <h2 id="objections" className="text-lg font-semibold">
          {t("desk.objections", { count: notice.objections.length })}
        </h2>
        {notice.objections.map((o) => (
          <article
            key={o.id}
            id={`objection-${o.id}`}
            className="flex flex-col gap-2 rounded-lg border border-border p-4"
            data-testid="objection"
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={o.state === "answered" ? "success" : "primary"}>{t(`objectionStates.${o.state}`)}</Badge>
              {o.state === "open" && o.dueAt.getTime() < now ? (
                <Badge variant="destructive">{t("desk.overdue")}</Badge>
              ) : null}
              <span className="text-sm text-muted-foreground">
                {o.citizen} · {o.phone} · {at(o.createdAt)}
                {o.state === "open" ? ` · ${t("desk.due", { date: day(o.dueAt) })}` : null}
              </span>
            </div>
            <p className="whitespace-pre-line break-words">{o.body}</p>
            {o.answer ? (
              <div className="rounded-md bg-muted p-3">
                <p className="text-sm font-medium">{t("mine.answer")}</p>
                <p className="whitespace-pre-line break-words">{o.answer}</p>
              </div>
            ) : (
              <AnswerObjectionForm objectionId={o.id} />
            )}
          </article>
        ))}
      </section>
    </div>
  );
}
