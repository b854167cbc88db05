import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import { useId } from "react";
import { FavouriteButton } from "@/components/catalog/favourite-button";
import type { HomeService } from "@/server/catalog/build-home";

export type PersonalHomeT = Awaited<ReturnType<typeof getTranslations<"personalHome">>>;

/**
 * The whole tile is the link (a tap target far above 44×44 px), with room on the end side for the star,
 * which is a button of its own beside it. Its kind and "pinned" are square-cornered labels inside the link,
 * so nothing in the tile looks like a button that does not act as one.
 */
const linkClass =
  "group flex h-full min-h-tap flex-col gap-1 rounded-lg border border-border bg-surface p-3 no-underline hover:border-primary";
const linkWithStarClass = `${linkClass} pe-14`;
const label = "rounded-sm px-1.5 text-xs font-medium";
const kindLabel = `${label} bg-muted text-foreground`;
const pinnedLabel = `${label} bg-primary-soft text-primary`;

/**
 * One service on the home: the tile linking to the guide (name, kind, optionally why it is there), and the star.
 * Synchronous, with the translator handed down, and as few elements as it can be: the home renders every
 * service the citizen may use (≈ 290), so each element here is hundreds on every page load. The full grid
 * passes `plainLink`: its tiles sit in closed disclosures, where a router link's prefetching never starts
 * anyway, and a plain link costs the server far less to render.
 */
export function ServiceTile({
  service,
  t,
  locale,
  reason,
  pinned = false,
  star = true,
  plainLink = false,
}: {
  service: HomeService;
  t: PersonalHomeT;
  locale: string;
  reason?: string;
  pinned?: boolean;
  /** False on read-only renderings (the admin preview) and for guests. */
  star?: boolean;
  plainLink?: boolean;
}) {
  const name = locale === "en" ? service.nameEn : service.name;
  const href = `/services/${service.code}`;
  // The link's name stays the service's name; its kind and why it is shown are read as its description.
  const id = useId();
  const content = (
    <>
      <span id={`${id}n`} className="font-medium text-primary underline-offset-4 group-hover:underline">
        {name}
      </span>
      <span id={`${id}d`} className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span className={kindLabel}>{t(`kinds.${service.kind}`)}</span>
        {pinned ? <span className={pinnedLabel}>{t("pinned")}</span> : null}
        {reason ? <span className="basis-full text-sm text-muted-foreground">{reason}</span> : null}
      </span>
    </>
  );
  const linkProps = {
    href,
    "aria-labelledby": `${id}n`,
    "aria-describedby": `${id}d`,
    className: star ? linkWithStarClass : linkClass,
  };
  return (
    <div className="relative h-full">
      {plainLink ? <a {...linkProps}>{content}</a> : <Link {...linkProps}>{content}</Link>}
      {star ? (
        <div className="absolute end-1 top-1">
          <FavouriteButton
            serviceId={service.id}
            pressed={service.favourite}
            label={t("favouriteAdd", { name })}
            hint={service.favourite ? t("favouriteRemove", { name }) : undefined}
          />
        </div>
      ) : null}
    </div>
  );
}
