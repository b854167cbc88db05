import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ServiceListItem } from "@/server/catalog/search-services";

const label = "rounded-sm px-1.5 text-sm font-medium";

/**
 * One service in the list, the whole card linking to its guide (a tap target far above 44×44 px): name,
 * type, summary, and why a search found it. The type is a square-cornered label inside the link, so nothing
 * on the card looks like a button that does not act as one. The link's name stays the service's name; the
 * rest is its description.
 */
export async function ServiceListEntry({ service, showCategory }: { service: ServiceListItem; showCategory: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  const en = locale === "en";
  // A service found through a synonym says so, or "报户口" would seem to have found something unrelated.
  const synonyms = service.rank !== null && service.rank >= 2 ? service.matchedSynonyms.slice(0, 3) : [];
  const id = `service-${service.code}`;
  return (
    <Link
      href={`/services/${service.code}`}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-kind ${id}-about`}
      className="group flex h-full flex-col gap-2 rounded-lg border border-border bg-surface p-4 text-foreground no-underline hover:border-primary"
    >
      <span className="flex flex-wrap items-center gap-2">
        <h3
          id={`${id}-name`}
          className="text-lg font-semibold leading-snug text-primary underline-offset-4 group-hover:underline"
        >
          {en ? service.nameEn : service.name}
        </h3>
        <span id={`${id}-kind`} className={`${label} bg-primary-soft text-primary`}>
          {t(`kinds.${service.kind}`)}
        </span>
        {service.maintenance ? (
          <span className={`${label} bg-warning-soft text-warning`}>{t("maintenance")}</span>
        ) : null}
      </span>
      <span id={`${id}-about`} className="flex flex-col gap-2">
        {en ? (
          <span className="text-sm text-muted-foreground" lang="zh-CN">
            {service.name}
          </span>
        ) : null}
        <span className="text-muted-foreground">{service.summary}</span>
        {synonyms.length ? (
          <span className="text-sm">{t("alsoKnownAs", { names: synonyms.join(en ? ", " : "、") })}</span>
        ) : null}
        {showCategory ? (
          <span className="mt-auto text-sm text-muted-foreground">
            {en ? service.category.nameEn : service.category.name}
          </span>
        ) : null}
      </span>
    </Link>
  );
}
