import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { WhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import type { Locale } from "@/server/i18n/config";

/** "Who looked at me": units, hours and purposes only, never officer names; one line per unit, purpose and hour. */
export async function WhoLookedCard({ log }: { log: WhoLookedAtMe }) {
  const [t, format, locale] = await Promise.all([getTranslations("accessLog"), getFormatter(), getLocale() as Promise<Locale>]);
  return (
    <Card aria-labelledby="me-who-looked">
      <CardHeader>
        <CardTitle id="me-who-looked">{t("title")}</CardTitle>
        <CardDescription>{t("intro")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {!log.verified ? (
          <p className="text-muted-foreground">{t("unverified")}</p>
        ) : log.entries.length === 0 ? (
          <p className="text-muted-foreground">{t("none")}</p>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">
              {t("summary", { shown: log.entries.length, total: log.total })}
            </p>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[20rem] text-start">
                <thead className="border-b border-border text-sm text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">
                      {t("time")}
                    </th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">
                      {t("unit")}
                    </th>
                    <th scope="col" className="py-2 text-start font-medium">
                      {t("purpose")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {log.entries.map((e) => (
                    <tr
                      key={`${e.hour.toISOString()}-${e.unit?.code ?? ""}-${e.purpose}`}
                      className="border-b border-border last:border-0"
                      data-testid="who-looked-row"
                    >
                      <td className="py-2 pe-4 tabular-nums">
                        {format.dateTimeRange(e.hour, new Date(e.hour.getTime() + 3_600_000), {
                          dateStyle: "medium",
                          timeStyle: "short",
                        })}
                      </td>
                      <td className="py-2 pe-4">{e.unit ? unitLabel(e.unit, locale) : t("platform")}</td>
                      <td className="py-2">
                        {t(`purposes.${e.purpose}`)}
                        {e.count > 1 ? (
                          <span className="text-muted-foreground"> {t("times", { count: e.count })}</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
