import { ChevronDown } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { HomeCategory } from "@/server/catalog/build-home";
import { ServiceTile } from "./service-tile";

/**
 * Every service the viewer may see, by category. Each category is a native disclosure (<details>), so the
 * long list stays short on a phone and opens by keyboard and without JavaScript.
 */
export async function ServiceGrid({ grid, star }: { grid: HomeCategory[]; star: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("personalHome"), getLocale()]);
  return (
    <section aria-labelledby="grid-title" className="flex flex-col gap-3">
      <div>
        <h2 id="grid-title" className="text-xl font-semibold">
          {t("gridTitle")}
        </h2>
        <p className="text-muted-foreground">{t("gridLead")}</p>
      </div>
      <div className="flex flex-col gap-2">
        {grid.map((category) => (
          <details key={category.id} className="group rounded-lg border border-border bg-surface">
            <summary className="flex min-h-tap cursor-pointer list-none items-center justify-between gap-3 px-4 py-2 font-medium [&::-webkit-details-marker]:hidden">
              <span className="flex flex-wrap items-baseline gap-x-2">
                <span>{locale === "en" ? category.nameEn : category.name}</span>{" "}
                <span className="text-sm font-normal text-muted-foreground">
                  {t("servicesCount", { count: category.services.length })}
                </span>
              </span>
              <ChevronDown aria-hidden="true" className="size-5 shrink-0 transition-transform group-open:rotate-180" />
            </summary>
            <ul className="grid gap-2 border-t border-border p-3 sm:grid-cols-2 lg:grid-cols-3">
              {category.services.map((service) => (
                <li key={service.id}>
                  <ServiceTile service={service} t={t} locale={locale} star={star} plainLink />
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
