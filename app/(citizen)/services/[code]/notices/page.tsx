import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { NoticeBoard } from "@/components/notices/notice-board";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { SearchParams } from "@/components/ui/search-params";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";

type Params = Promise<{ code: string }>;

/** The notice service of the board, or a 404 for a code that is no notice board. */
const loadBoardService = cache(async (code: string) => {
  if (!serviceCodeSchema.safeParse(code).success) notFound();
  const guide = await getQueryClient()
    .fetchQuery(trpc.catalog.guide.queryOptions({ code }))
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  if (guide.kind !== "notice") notFound();
  return guide;
});

export async function generateMetadata({ params }: { params: Params }) {
  const [{ code }, locale, t] = await Promise.all([params, getLocale(), getTranslations("notices.serviceBoard")]);
  const service = await loadBoardService(code);
  const name = locale === "en" ? service.nameEn : service.name;
  return {
    title: t("title", { service: name }),
    alternates: { types: { "application/atom+xml": [{ url: `/services/${code}/notices/feed.xml`, title: name }] } },
  };
}

/** One notice service's board: its notices in their period, and its archive. */
export default async function ServiceNoticesPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const [{ code }, query, t, locale] = await Promise.all([
    params,
    searchParams,
    getTranslations("notices"),
    getLocale(),
  ]);
  const service = await loadBoardService(code);
  const name = locale === "en" ? service.nameEn : service.name;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        label={t("all.title")}
        items={[
          { label: t("all.title"), href: "/notices" },
          { label: name, href: `/services/${code}` },
          { label: t("serviceBoard.crumb") },
        ]}
      />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("serviceBoard.title", { service: name })}</h1>
        <p className="text-muted-foreground">{service.summary}</p>
      </header>
      <NoticeBoard serviceCode={code} query={query} />
    </div>
  );
}
