import { BellRing, Car, FileSearch, House, MonitorSmartphone, Plane } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CitizenHomeSections } from "@/components/home/citizen-home-sections";
import { MostUsedServices } from "@/components/home/most-used-services";
import { ServiceGrid } from "@/components/home/service-grid";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { currentUser } from "@/server/accounts/current-user";

const services = [
  { key: "household", Icon: House },
  { key: "traffic", Icon: Car },
  { key: "exitEntry", Icon: Plane },
  { key: "cases", Icon: FileSearch },
  { key: "online", Icon: MonitorSmartphone },
  { key: "progress", Icon: BellRing },
] as const;

export default async function CitizenHome() {
  // Computed per request (never cached): a layout an admin saves shows on the citizen's next page load.
  const [user, t, home] = await Promise.all([
    currentUser(),
    getTranslations("home"),
    getQueryClient().fetchQuery(trpc.catalog.home.queryOptions()),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="hero-title" className="grid gap-6 md:grid-cols-[minmax(0,1fr)_20rem] md:items-start">
        <div className="flex flex-col gap-3">
          <h1 id="hero-title" className="text-2xl font-bold text-primary md:text-3xl">
            {t("heroTitle")}
          </h1>
          <p className="text-lg">{t("heroLead")}</p>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>{user ? t("welcome", { name: user.name }) : t("signInTitle")}</CardTitle>
            <CardDescription>{user ? t("welcomeBody") : t("signInBody")}</CardDescription>
          </CardHeader>
          {user ? null : (
            <CardContent>
              <Link href="/login" className={buttonVariants({ size: "lg", className: "w-full" })}>
                {t("signInCta")}
              </Link>
            </CardContent>
          )}
        </Card>
      </section>

      {home.audience === "citizen" ? (
        <CitizenHomeSections home={home} />
      ) : (
        <>
          <MostUsedServices services={home.mostUsed} />
          <section aria-labelledby="services-title" className="flex flex-col gap-4">
            <h2 id="services-title" className="text-xl font-semibold">
              {t("servicesTitle")}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {services.map(({ key, Icon }) => (
                <li key={key}>
                  <Card className="h-full">
                    <CardHeader className="flex-row items-center gap-3">
                      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-primary-soft text-primary">
                        <Icon aria-hidden="true" className="size-5" />
                      </span>
                      <CardTitle as="h3">{t(`services.${key}.title`)}</CardTitle>
                    </CardHeader>
                    <CardContent>
                      <p className="text-muted-foreground">{t(`services.${key}.body`)}</p>
                    </CardContent>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
          <ServiceGrid grid={home.grid} star={false} />
        </>
      )}

      <Alert variant="warning" role="note" title={t("emergencyTitle")}>
        {t("emergencyBody")}
      </Alert>
    </div>
  );
}
