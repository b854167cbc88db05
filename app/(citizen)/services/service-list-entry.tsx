import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ServiceListItem } from "@/server/catalog/search-services";

/** One service in the list: its name linking to the guide, type, summary, and why a search found it. */
export async function ServiceListEntry({ service, showCategory }: { service: ServiceListItem; showCategory: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  const en = locale === "en";
  // A service found through a synonym says so, or "报户口" would seem to have found something unrelated.
  const synonyms = service.rank !== null && service.rank >= 2 ? service.matchedSynonyms.slice(0, 3) : [];
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-lg font-semibold leading-snug">
          <Link href={`/services/${service.code}`} className="text-primary underline-offset-4 hover:underline">
            {en ? service.nameEn : service.name}
          </Link>
        </h3>
        <Badge variant="primary">{t(`kinds.${service.kind}`)}</Badge>
        {service.maintenance ? <Badge variant="warning">{t("maintenance")}</Badge> : null}
      </div>
      {en ? <p className="text-sm text-muted-foreground" lang="zh-CN">{service.name}</p> : null}
      <p className="text-muted-foreground">{service.summary}</p>
      {synonyms.length ? <p className="text-sm">{t("alsoKnownAs", { names: synonyms.join(en ? ", " : "、") })}</p> : null}
      {showCategory ? (
        <p className="mt-auto text-sm text-muted-foreground">{en ? service.category.nameEn : service.category.name}</p>
      ) : null}
    </article>
  );
}
