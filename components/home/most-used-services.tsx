import { getLocale, getTranslations } from "next-intl/server";
import type { GuestHome } from "@/server/catalog/build-home";
import { ServiceTile } from "./service-tile";

/** For visitors who are not signed in: what people use most, straight to the guide. */
export async function MostUsedServices({ services }: { services: GuestHome["mostUsed"] }) {
  if (services.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("personalHome"), getLocale()]);
  return (
    <section aria-labelledby="most-used-title" className="flex flex-col gap-3">
      <div>
        <h2 id="most-used-title" className="text-xl font-semibold">
          {t("mostUsedTitle")}
        </h2>
        <p className="text-muted-foreground">{t("mostUsedLead")}</p>
      </div>
      <ol className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {services.map((service) => (
          <li key={service.id}>
            <ServiceTile service={service} t={t} locale={locale} star={false} />
          </li>
        ))}
      </ol>
    </section>
  );
}
