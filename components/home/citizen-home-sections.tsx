import { CalendarClock } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CitizenHome } from "@/server/catalog/build-home";
import { reasonText } from "./reason-text";
import { ServiceGrid } from "./service-grid";
import { ServiceTile } from "./service-tile";

/**
 * A citizen's personal home, in the order the product asks for: what needs doing, recommendations (pins
 * first), favourites, then everything. `readOnly` drops the stars, for the admin's preview.
 */
export async function CitizenHomeSections({ home, readOnly = false }: { home: CitizenHome; readOnly?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("personalHome"), getLocale()]);
  const star = !readOnly;
  return (
    <div className="flex flex-col gap-8">
      {home.actions.length > 0 ? (
        <section aria-labelledby="actions-title" className="flex flex-col gap-3">
          <div>
            <h2 id="actions-title" className="text-xl font-semibold">
              {t("actionsTitle")}
            </h2>
            <p className="text-muted-foreground">{t("actionsLead")}</p>
          </div>
          <ul className="flex flex-col gap-2">
            {home.actions.map((action, i) => (
              <li
                // Rendered once on the server and never reordered, so the position is a stable key.
                key={i}
                className="flex flex-col gap-3 rounded-lg border border-warning/40 bg-warning-soft p-3 sm:flex-row sm:items-center"
              >
                <div className="flex min-w-0 flex-1 items-start gap-3">
                  <CalendarClock aria-hidden="true" className="mt-1 size-5 shrink-0 text-warning" />
                  <p className="min-w-0 font-medium">{reasonText(t, action.reason, locale)}</p>
                </div>
                {action.application ? (
                  readOnly ? (
                    <p className="text-sm font-medium">
                      {locale === "en" ? action.application.serviceNameEn : action.application.serviceName}
                    </p>
                  ) : (
                    <Link
                      href={`/me/applications/${action.application.id}`}
                      aria-label={t("applicationOpenNamed", {
                        service: locale === "en" ? action.application.serviceNameEn : action.application.serviceName,
                      })}
                      className="inline-flex min-h-tap items-center justify-center self-start rounded-md bg-primary px-4 py-2 text-center font-medium text-primary-foreground no-underline hover:bg-primary-hover sm:self-auto"
                    >
                      {locale === "en" ? action.application.serviceNameEn : action.application.serviceName}
                    </Link>
                  )
                ) : action.service ? (
                  <Link
                    href={`/services/${action.service.code}`}
                    className="inline-flex min-h-tap items-center justify-center self-start rounded-md bg-primary px-4 py-2 text-center font-medium text-primary-foreground no-underline hover:bg-primary-hover sm:self-auto"
                  >
                    {locale === "en" ? action.service.nameEn : action.service.name}
                  </Link>
                ) : (
                  <p className="text-sm text-muted-foreground">{t("actionAtWindow")}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {home.recommendations.length > 0 ? (
        <section aria-labelledby="recommendations-title" className="flex flex-col gap-3">
          <div>
            <h2 id="recommendations-title" className="text-xl font-semibold">
              {t("recommendationsTitle")}
            </h2>
            <p className="text-muted-foreground">{t("recommendationsLead")}</p>
          </div>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {home.recommendations.map((r) => (
              <li key={r.service.id}>
                <ServiceTile
                  service={r.service}
                  t={t}
                  locale={locale}
                  reason={reasonText(t, r.reason, locale)}
                  pinned={r.pinned}
                  star={star}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="favourites-title" className="flex flex-col gap-3">
        <h2 id="favourites-title" className="text-xl font-semibold">
          {t("favouritesTitle")}
        </h2>
        {home.favourites.length > 0 ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {home.favourites.map((service) => (
              <li key={service.id}>
                <ServiceTile service={service} t={t} locale={locale} star={star} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">{t("favouritesEmpty")}</p>
        )}
      </section>

      <ServiceGrid grid={home.grid} star={star} />
    </div>
  );
}
