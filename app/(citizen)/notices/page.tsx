import { getTranslations } from "next-intl/server";
import { NoticeBoard } from "@/components/notices/notice-board";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { SearchParams } from "@/components/ui/search-params";

export async function generateMetadata() {
  const t = await getTranslations("notices.all");
  return {
    title: t("title"),
    alternates: { types: { "application/atom+xml": [{ url: "/notices/feed.xml", title: t("title") }] } },
  };
}

/** Every notice board in one: all notice services, searchable, by city; no sign-in. */
export default async function AllNoticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, query] = await Promise.all([getTranslations("notices.all"), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb label={t("title")} items={[{ label: t("title") }]} />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <NoticeBoard query={query} />
    </div>
  );
}
