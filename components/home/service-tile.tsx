import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import { FavouriteButton } from "@/components/catalog/favourite-button";
import { badgeVariants } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { HomeService } from "@/server/catalog/build-home";

export type PersonalHomeT = Awaited<ReturnType<typeof getTranslations<"personalHome">>>;

/** Computed once: the home renders hundreds of tiles, and merging class names per badge adds up. */
const kindBadge = cn(badgeVariants({ variant: "neutral" }), "text-xs");
const pinnedBadge = cn(badgeVariants({ variant: "primary" }), "text-xs");
const linkClass = "font-medium text-primary underline-offset-4 hover:underline";

/**
 * One service on the home: its name linking to the guide, its kind, optionally why it is there, and the star.
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
  return (
    <div className="flex h-full items-start gap-2 rounded-lg border border-border bg-surface p-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {plainLink ? (
            <a href={href} className={linkClass}>
              {name}
            </a>
          ) : (
            <Link href={href} className={linkClass}>
              {name}
            </Link>
          )}
          <span className={kindBadge}>{t(`kinds.${service.kind}`)}</span>
          {pinned ? <span className={pinnedBadge}>{t("pinned")}</span> : null}
        </div>
        {reason ? <p className="text-sm text-muted-foreground">{reason}</p> : null}
      </div>
      {star ? (
        <FavouriteButton
          serviceId={service.id}
          pressed={service.favourite}
          label={t("favouriteAdd", { name })}
          hint={service.favourite ? t("favouriteRemove", { name }) : undefined}
        />
      ) : null}
    </div>
  );
}
