import { TRPCError } from "@trpc/server";
import { MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonVariants } from "@/components/ui/button";

type Params = Promise<{ id: string }>;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const loadNotice = cache(async (id: string) => {
  if (!uuid.test(id)) notFound();
  return getQueryClient()
    .fetchQuery(trpc.notices.get.queryOptions({ id }))
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
});

export async function generateMetadata({ params }: { params: Params }) {
  const notice = await loadNotice((await params).id);
  return { title: notice.title };
}

/**
 * One notice, for anyone: its text, publishing unit and period. The objection button (only on a board that
 * takes objections) is a plain link to a signed-in page, so this page carries nothing of the visitor and can
 * be cached.
 */
export default async function NoticePage({ params }: { params: Params }) {
  const { id } = await params;
  const [notice, t, format, locale] = await Promise.all([
    loadNotice(id),
    getTranslations("notices"),
    getFormatter(),
    getLocale(),
  ]);
  const en = locale === "en";
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Asia/Shanghai" });
  const serviceName = en ? notice.service.nameEn : notice.service.name;
  return (
    <article className="flex flex-col gap-6">
      <Breadcrumb
        label={t("all.title")}
        items={[
          { label: t("all.title"), href: "/notices" },
          { label: serviceName, href: `/services/${notice.service.code}/notices` },
          { label: notice.title },
        ]}
      />
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold text-primary break-words md:text-3xl">{notice.title}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <Badge variant={notice.current ? "success" : "neutral"}>
            {t(notice.current ? "detail.current" : "detail.ended")}
          </Badge>
          <span className="text-sm text-muted-foreground">{serviceName}</span>
        </div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted-foreground">{t("detail.unit")}</dt>
          <dd>{en ? (notice.unit.nameEn ?? notice.unit.name) : notice.unit.name}</dd>
          <dt className="text-muted-foreground">{t("detail.period")}</dt>
          <dd>
            {t("board.period", { from: day(notice.periodStart), to: day(new Date(notice.periodEnd.getTime() - 1)) })}
          </dd>
          {notice.unit.address ? (
            <>
              <dt className="text-muted-foreground">{t("detail.address")}</dt>
              <dd>{notice.unit.address}</dd>
            </>
          ) : null}
          {notice.unit.phone ? (
            <>
              <dt className="text-muted-foreground">{t("detail.phone")}</dt>
              <dd className="tabular-nums">{notice.unit.phone}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <div className="whitespace-pre-line break-words text-lg leading-relaxed" data-testid="notice-body">
        {notice.body}
      </div>
      {notice.objectionsOpen ? (
        <section aria-labelledby="objection" className="flex flex-col gap-3 rounded-lg border border-border p-4">
          <h2 id="objection" className="text-lg font-semibold">
            {t("detail.objectionTitle")}
          </h2>
          <p className="text-muted-foreground">{t("detail.objectionBody")}</p>
          <Link
            href={`/me/objections/new?notice=${notice.id}`}
            className={buttonVariants({ size: "lg", className: "self-stretch sm:self-start" })}
          >
            <MessageSquareWarning aria-hidden="true" />
            {t("detail.object")}
          </Link>
        </section>
      ) : (
        <p className="text-muted-foreground">
          {t(notice.objectionsTaken ? "detail.objectionsClosed" : "detail.objectionsNotTaken")}
        </p>
      )}
      <Link
        href={`/services/${notice.service.code}/notices`}
        className="self-start text-primary underline underline-offset-4"
      >
        {t("detail.back", { service: serviceName })}
      </Link>
    </article>
  );
}
