import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FavouriteToggle } from "@/components/catalog/favourite-toggle";
import { Badge } from "@/components/ui/badge";
import type { HomeService } from "@/server/catalog/build-home";

/** One service on the home: its name linking to the guide, its kind, optionally why it is there, and the star. */
export async function ServiceTile({
  service,
  reason,
  pinned = false,
  star = true,
}: {
  service: HomeService;
  reason?: string;
  pinned?: boolean;
  /** False on read-only renderings (the admin preview) and for guests. */
  star?: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("personalHome"), getLocale()]);
  const name = locale === "en" ? service.nameEn : service.name;
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
      {star ? <FavouriteToggle serviceId={service.id} serviceName={name} favourite={service.favourite} /> : null}
    </div>
  );
}
