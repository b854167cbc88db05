import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import type { AccessPurpose } from "@/server/audit/access-purpose";
import type { WhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import type { Locale } from "@/server/i18n/config";

/** "Who looked at me": units, hours and purposes only, never officer names; one line per unit, purpose and hour. */
export async function WhoLookedCard({ log }: { log: WhoLookedAtMe }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("accessLog"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
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
            <Table
              className="sm:min-w-[20rem] text-base"
              rows={log.entries}
              rowKey={(e) => `${e.hour.toISOString()}-${e.unit?.code ?? ""}-${e.purpose}`}
              rowProps={() => ({ "data-testid": "who-looked-row" })}
              columns={[
                {
                  key: "time",
                  header: t("time"),
                  numeric: true,
                  cell: (e) =>
                    format.dateTimeRange(e.hour, new Date(e.hour.getTime() + 3_600_000), {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                },
                {
                  key: "unit",
                  header: t("unit"),
                  cell: (e) =>
                    e.unit
                      ? unitLabel(e.unit, locale)
                      : isQueryPurpose(e.purpose)
                        ? t(`asker.${e.purpose}`)
                        : t("platform"),
                },
                {
                  key: "purpose",
                  header: t("purpose"),
                  cell: (e) => (
                    <>
                      {t(`purposes.${e.purpose}`)}
                      {e.count > 1 ? (
                        <span className="text-muted-foreground"> {t("times", { count: e.count })}</span>
                      ) : null}
                    </>
                  ),
                },
              ]}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** Answers of 查询 services are asked by citizens, not by a unit: the column says who asked instead. */
function isQueryPurpose(p: AccessPurpose): p is "ownQuery" | "familyQuery" | "publicQuery" {
  return p === "ownQuery" || p === "familyQuery" || p === "publicQuery";
}
