import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { MySignIn } from "@/server/accounts/list-my-sign-ins";

const outcomeVariant = { ok: "success", failed: "destructive", denied: "warning" } as const;
const reasons = ["wrong_password", "wrong_code", "no_usable_code", "code_already_used", "locked", "disabled"] as const;

function isKnownReason(reason: string | null): reason is (typeof reasons)[number] {
  return (reasons as readonly (string | null)[]).includes(reason);
}

export async function SignInsCard({ signIns }: { signIns: MySignIn[] }) {
  const [t, format] = await Promise.all([getTranslations("me.signIns"), getFormatter()]);
  const reason = (s: MySignIn) => (isKnownReason(s.reason) ? t(`reasons.${s.reason}`) : null);
  return (
    <Card aria-labelledby="me-sign-ins">
      <CardHeader>
        <CardTitle id="me-sign-ins">{t("title")}</CardTitle>
        <CardDescription>{t("intro")}</CardDescription>
      </CardHeader>
      <CardContent>
        {signIns.length === 0 ? (
          <p className="text-muted-foreground">{t("none")}</p>
        ) : (
          // A list, not a table: four columns do not fit a 360 px phone, least of all in care mode's larger text.
          <ul className="flex flex-col">
            {signIns.map((s, i) => (
              <li
                key={`${s.at.toISOString()}-${i}`}
                className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-border py-2 last:border-0"
                data-testid="sign-in-row"
              >
                <span className="tabular-nums">
                  <span className="sr-only">{t("time")}：</span>
                  {format.dateTime(s.at, { dateStyle: "medium", timeStyle: "short" })}
                </span>
                <span>
                  <span className="sr-only">{t("method")}：</span>
                  {t(`methods.${s.channel ?? "unknown"}`)}
                </span>
                <span className="font-mono text-sm break-all">
                  <span className="sr-only">{t("ip")}：</span>
                  {s.ip ?? t("unknownIp")}
                </span>
                {s.locked ? (
                  <Badge variant="destructive">{t("locked")}</Badge>
                ) : (
                  <Badge variant={outcomeVariant[s.outcome]}>
                    {t(`outcomes.${s.outcome}`)}
                    {reason(s) ? `（${reason(s)}）` : null}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
