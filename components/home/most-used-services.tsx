import { getTranslations } from "next-intl/server";
import type { GuestHome } from "@/server/catalog/build-home";
import { ServiceTile } from "./service-tile";

/** For visitors who are not signed in: what people use most, straight to the guide. */
export async function MostUsedServices({ services }: { services: GuestHome["mostUsed"] }) {
  if (services.length === 0) return null;
  const t = await getTranslations("personalHome");
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
            <ServiceTile service={service} star={false} />
          </li>
        ))}
      </ol>
    </section>
  );
}
