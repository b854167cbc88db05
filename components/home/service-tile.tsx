import Link from "next/link";
import type { getTranslations } from "next-intl/server";
import { FavouriteButton } from "@/components/catalog/favourite-button";
import { Badge } from "@/components/ui/badge";
import type { HomeService } from "@/server/catalog/build-home";

export type PersonalHomeT = Awaited<ReturnType<typeof getTranslations<"personalHome">>>;

/**
 * One service on the home: its name linking to the guide, its kind, optionally why it is there, and the star.
 * Synchronous, with the translator handed down: the home renders hundreds of tiles, and an async
 * component each would be a separate chunk of the streamed page.
 */
export function ServiceTile({
  service,
  t,
  locale,
  reason,
  pinned = false,
  star = true,
}: {
  service: HomeService;
  t: PersonalHomeT;
  locale: string;
  reason?: string;
  pinned?: boolean;
  /** False on read-only renderings (the admin preview) and for guests. */
  star?: boolean;
}) {
  const name = locale === "en" ? service.nameEn : service.name;
  const label = t("favouriteAdd", { name });
  return (
    <div className="flex h-full items-start gap-2 rounded-lg border border-border bg-surface p-3">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={`/services/${service.code}`} className="font-medium text-primary underline-offset-4 hover:underline">
            {name}
          </Link>
          <Badge variant="neutral" className="text-xs">
            {t(`kinds.${service.kind}`)}
          </Badge>
          {pinned ? (
            <Badge variant="primary" className="text-xs">
              {t("pinned")}
            </Badge>
          ) : null}
        </div>
        {reason ? <p className="text-sm text-muted-foreground">{reason}</p> : null}
      </div>
      {star ? (
        <FavouriteButton
          serviceId={service.id}
          pressed={service.favourite}
          label={label}
          hint={service.favourite ? t("favouriteRemove", { name }) : undefined}
        />
      ) : null}
    </div>
  );
}
