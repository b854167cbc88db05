import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { unitLabel } from "@/components/orgs/unit-label";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { WhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import type { Locale } from "@/server/i18n/config";

/** Plain-language purposes for the audit actions staff write when they touch a citizen's data. */
const purposes: Record<string, string> = {
  "citizen.lookup": "lookup",
  "application.read": "application",
  "application.read_register": "register",
  "application.find_at_window": "window",
  "account.verify_at_window": "verify",
  "account.unlock": "unlock",
  "blob.read": "material",
  "audit.viewed": "audit",
  "audit.exported": "audit",
  "layout.user_lookup": "layout",
  "layout.preview_home": "layout",
};

function purposeOf(action: string) {
  return purposes[action] ?? (action.startsWith("application.") ? "handled" : "other");
}

/** "Who looked at me": units and times only, never officer names. */
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
            <p className="text-sm text-muted-foreground">{t("summary", { shown: log.entries.length, total: log.total })}</p>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[20rem] text-start">
                <thead className="border-b border-border text-sm text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">{t("time")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">{t("unit")}</th>
                    <th scope="col" className="py-2 text-start font-medium">{t("purpose")}</th>
                  </tr>
                </thead>
                <tbody>
                  {log.entries.map((e, i) => (
                    <tr key={`${e.at.toISOString()}-${i}`} className="border-b border-border last:border-0" data-testid="who-looked-row">
                      <td className="py-2 pe-4 tabular-nums">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}</td>
                      <td className="py-2 pe-4">{e.unit ? unitLabel(e.unit, locale) : t("platform")}</td>
                      <td className="py-2">{t(`purposes.${purposeOf(e.action)}` as never)}</td>
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
