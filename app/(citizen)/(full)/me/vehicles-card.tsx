import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyProfile } from "@/server/accounts/get-my-profile";
import { Facts } from "./facts";
import { formatDay } from "@/server/dates/format-day";

/** 豫A12345 → 豫A·12345, as the plate itself reads. */
function plateLabel(plate: string) {
  return `${plate.slice(0, 2)}·${plate.slice(2)}`;
}

const plateTypeCodes = ["01", "02", "51", "52"] as const;

function isPlateTypeCode(code: string): code is (typeof plateTypeCodes)[number] {
  return (plateTypeCodes as readonly string[]).includes(code);
}

export async function VehiclesCard({ profile }: { profile: MyProfile }) {
  const [t, tTraffic, locale] = await Promise.all([
    getTranslations("me.vehicles"),
    getTranslations("traffic"),
    getLocale(),
  ]);
  const day = (date: string) => formatDay(date, locale);
  const licence = profile.drivingLicence;
  const plateType = (code: string) => (isPlateTypeCode(code) ? t(`plateTypes.${code}`) : code);

  return (
    <Card aria-labelledby="me-vehicles">
      <CardHeader>
        <CardTitle id="me-vehicles">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {profile.verification !== "verified" ? (
          <p className="text-muted-foreground">{t("needsVerification")}</p>
        ) : (
          <>
            <section aria-labelledby="me-vehicle-list" className="flex flex-col gap-3">
              <h3 id="me-vehicle-list" className="font-semibold">
                {t("vehicles")}
              </h3>
              {profile.vehicles.length === 0 ? (
                <p className="text-muted-foreground">{t("noVehicles")}</p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {profile.vehicles.map((v) => (
                    <li
                      key={v.id}
                      className="flex flex-col gap-2 rounded-md border border-border p-4"
                      data-testid="vehicle"
                    >
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="rounded border-2 border-primary px-2 font-mono text-lg font-semibold tracking-wider text-primary">
                          {plateLabel(v.plateNumber)}
                        </span>
                        <Badge variant={v.status === "normal" ? "success" : "neutral"}>
                          {t(`statuses.${v.status}`)}
                        </Badge>
                      </div>
                      <Facts
                        items={[
                          [t("plate"), plateType(v.plateType)],
                          [t("vehicleType"), v.vehicleType],
                          [t("brand"), v.brand],
                          [t("colour"), v.colour],
                          [t("registeredAt"), day(v.registeredAt)],
                          [
                            t("inspectionDue"),
                            <span key="i">
                              {day(v.inspectionDue)}
                              <span className={v.daysToInspection < 0 ? "ms-2 font-medium text-destructive" : "ms-2"}>
                                （
                                {v.daysToInspection < 0
                                  ? t("inspectionOverdue", { days: -v.daysToInspection })
                                  : t("inspectionIn", { days: v.daysToInspection })}
                                ）
                              </span>
                            </span>,
                          ],
                        ]}
                      />
                    </li>
                  ))}
                </ul>
              )}
              <Link href="/traffic/violations" className="self-start text-primary underline underline-offset-4">
                {tTraffic("mine.title")}
              </Link>
            </section>
            <section aria-labelledby="me-licence" className="flex flex-col gap-3">
              <h3 id="me-licence" className="font-semibold">
                {t("licence")}
              </h3>
              {licence ? (
                <div className="rounded-md border border-border p-4" data-testid="driving-licence">
                  <Facts
                    items={[
                      [
                        t("classes"),
                        <span key="c" className="font-semibold">
                          {licence.vehicleClasses}
                        </span>,
                      ],
                      [t("firstIssued"), day(licence.firstIssued)],
                      [t("validUntil"), licence.validUntil ? day(licence.validUntil) : t("longTerm")],
                      [t("points"), t("pointsValue", { points: licence.points })],
                      [
                        t("status"),
                        <Badge key="s" variant={licence.status === "valid" ? "success" : "destructive"}>
                          {t(`licenceStatuses.${licence.status}`)}
                        </Badge>,
                      ],
                    ]}
                  />
                </div>
              ) : (
                <p className="text-muted-foreground">{t("noLicence")}</p>
              )}
            </section>
          </>
        )}
      </CardContent>
    </Card>
  );
}
