import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyProfile, MyTravelDocument } from "@/server/accounts/get-my-profile";
import { Facts } from "./facts";
import { formatDay } from "@/server/dates/format-day";

const statusVariant = {
  valid: "success",
  expiring: "warning",
  expired: "destructive",
  cancelled: "neutral",
  lost: "neutral",
} as const satisfies Record<MyTravelDocument["status"], string>;

export async function DocumentsCard({ profile }: { profile: MyProfile }) {
  const [t, locale] = await Promise.all([getTranslations("me.documents"), getLocale()]);
  const day = (date: string) => formatDay(date, locale);
  const verified = profile.verification === "verified";

  const daysText = (d: MyTravelDocument) => {
    if (d.daysLeft === null) return null;
    if (d.daysLeft > 0) return t("daysLeft", { days: d.daysLeft });
    if (d.daysLeft === 0) return t("expiresToday");
    return t("expiredDaysAgo", { days: -d.daysLeft });
  };

  return (
    <Card aria-labelledby="me-documents">
      <CardHeader>
        <CardTitle id="me-documents">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {!verified || !profile.idCard ? (
          <p className="text-muted-foreground">{t("needsVerification")}</p>
        ) : (
          <>
            <section aria-labelledby="me-id-card" className="flex flex-col gap-3">
              <h3 id="me-id-card" className="font-semibold">
                {t("idCard")}
              </h3>
              <Facts
                items={[
                  [t("idCardName"), profile.idCard.maskedName],
                  [t("sex"), t(`sexes.${profile.idCard.sex}`)],
                  [t("ethnicity"), profile.idCard.ethnicity],
                  [t("birthDate"), day(profile.idCard.birthDate)],
                  [t("address"), profile.idCard.address],
                  [
                    t("idNumber"),
                    <span key="id" className="font-mono tabular-nums">
                      {profile.idCard.maskedIdNumber}
                    </span>,
                  ],
                  ...(profile.idCard.issuingAuthority
                    ? ([[t("issuingAuthority"), profile.idCard.issuingAuthority]] as [string, string][])
                    : []),
                ]}
              />
            </section>
            <section aria-labelledby="me-travel" className="flex flex-col gap-3">
              <h3 id="me-travel" className="font-semibold">
                {t("travel")}
              </h3>
              {profile.travelDocuments.length === 0 ? (
                <p className="text-muted-foreground">{t("noTravel")}</p>
              ) : (
                <ul className="grid gap-3 md:grid-cols-2">
                  {profile.travelDocuments.map((d) => (
                    <li
                      key={d.id}
                      className="flex flex-col gap-2 rounded-md border border-border p-4"
                      data-testid="travel-document"
                    >
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <span className="font-semibold">{t(`types.${d.type}`)}</span>
                        <Badge variant={statusVariant[d.status]}>{t(`statuses.${d.status}`)}</Badge>
                      </div>
                      <Facts
                        items={[
                          [
                            t("number"),
                            <span key="n" className="font-mono tabular-nums">
                              {d.maskedNumber}
                            </span>,
                          ],
                          [
                            t("expiryDate"),
                            <span key="e">
                              {day(d.expiryDate)}
                              {daysText(d) ? <span className="ms-2 font-medium">（{daysText(d)}）</span> : null}
                            </span>,
                          ],
                          [t("issuedBy"), d.issuingAuthority],
                        ]}
                      />
                      {d.status === "expiring" ? <p className="text-sm text-warning">{t("renewHint")}</p> : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </CardContent>
    </Card>
  );
}
