import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApplicationStateBadge } from "@/components/applications/application-state-badge";
import { DeleteDraft } from "@/components/applications/delete-draft";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { formatDay } from "@/server/dates/format-day";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.list");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ deleted?: string }> };

/** The citizen's online applications: unsent drafts first (to finish or discard), then the rest, newest first. */
export default async function MyApplicationsPage({ searchParams }: Props) {
  await requireCitizenPage("/me/applications");
  const [{ deleted }, t, format, locale, list] = await Promise.all([
    searchParams,
    getTranslations("applications.list"),
    getFormatter(),
    getLocale(),
    getQueryClient().fetchQuery({ ...trpc.applications.mine.queryOptions(), staleTime: 0 }),
  ]);
  const en = locale === "en";
  const drafts = list.filter((a) => a.state === "draft");
  const others = list.filter((a) => a.state !== "draft");
  const day = (at: Date) => format.dateTime(at, { dateStyle: "medium" });
  const chinaDay = (date: string) => formatDay(date, locale);
  const nameOf = (a: (typeof list)[number]) => (en ? a.serviceNameEn : a.serviceName);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {deleted === "1" ? <Alert variant="success">{t("deleted")}</Alert> : null}

      {list.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-lg border border-border bg-surface p-5">
          <p>{t("empty")}</p>
          <Link href="/services?category=household" className={buttonVariants({ variant: "outline" })}>
            {t("browse")}
          </Link>
        </div>
      ) : null}

      {drafts.length ? (
        <section aria-labelledby="drafts-title" className="flex flex-col gap-3">
          <h2 id="drafts-title" className="text-xl font-semibold">
            {t("drafts")}
          </h2>
          <ul className="flex flex-col gap-3">
            {drafts.map((a) => (
              <li
                key={a.id}
                className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4"
                data-testid="draft-item"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lg font-semibold">{nameOf(a)}</h3>
                  <ApplicationStateBadge state={a.state} />
                  {a.paidAt ? <Badge variant="warning">{t("paidDraft")}</Badge> : null}
                </div>
                <p className="text-sm text-muted-foreground">
                  {t("created")} {day(a.createdAt)}
                </p>
                <div className="flex flex-wrap items-start gap-3">
                  <Link
                    href={`/me/applications/${a.id}/edit`}
                    aria-label={t("continueNamed", { service: nameOf(a) })}
                    className={buttonVariants()}
                  >
                    {t("continue")}
                  </Link>
                  {a.paidAt ? null : (
                    <DeleteDraft
                      id={a.id}
                      label={t("deleteNamed", { service: nameOf(a) })}
                      confirmText={t("deleteConfirm", { service: nameOf(a) })}
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {others.length ? (
        <section aria-labelledby="submitted-title" className="flex flex-col gap-3">
          <h2 id="submitted-title" className="text-xl font-semibold">
            {t("submitted")}
          </h2>
          <ul className="flex flex-col gap-3">
            {others.map((a) => (
              <li
                key={a.id}
                className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4"
                data-testid="application-item"
              >
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/me/applications/${a.id}`} className="text-primary underline-offset-4 hover:underline">
                      {nameOf(a)}
                    </Link>
                  </h3>
                  <ApplicationStateBadge state={a.state} />
                </div>
                <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
                  <dt className="text-muted-foreground">{t("number")}</dt>
                  <dd className="font-mono tabular-nums">{a.number ?? t("noNumber")}</dd>
                  {a.submittedAt ? (
                    <>
                      <dt className="text-muted-foreground">{t("submittedAt")}</dt>
                      <dd>{day(a.submittedAt)}</dd>
                    </>
                  ) : null}
                  <dt className="text-muted-foreground">{t("stateSince")}</dt>
                  <dd>{day(a.stateSince)}</dd>
                  {a.state === "approved" && a.windowDeadline ? (
                    <>
                      <dt className="text-muted-foreground">{t("deadline")}</dt>
                      <dd className="font-semibold">{chinaDay(a.windowDeadline)}</dd>
                    </>
                  ) : null}
                </dl>
                <Link
                  href={`/me/applications/${a.id}`}
                  aria-label={t("viewNamed", { service: nameOf(a) })}
                  className={buttonVariants({ variant: "outline", size: "sm", className: "self-start" })}
                >
                  {t("view")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
