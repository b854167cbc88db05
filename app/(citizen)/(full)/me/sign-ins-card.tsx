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
          <div className="overflow-x-auto">
            <table className="w-full min-w-[28rem] text-start">
              <thead className="border-b border-border text-sm text-muted-foreground">
                <tr>
                  <th scope="col" className="py-2 pe-4 text-start font-medium">{t("time")}</th>
                  <th scope="col" className="py-2 pe-4 text-start font-medium">{t("method")}</th>
                  <th scope="col" className="py-2 pe-4 text-start font-medium">{t("ip")}</th>
                  <th scope="col" className="py-2 text-start font-medium">{t("result")}</th>
                </tr>
              </thead>
              <tbody>
                {signIns.map((s, i) => (
                  <tr key={`${s.at.toISOString()}-${i}`} className="border-b border-border last:border-0" data-testid="sign-in-row">
                    <td className="py-2 pe-4 tabular-nums">
                      {format.dateTime(s.at, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className="py-2 pe-4">{t(`methods.${s.channel ?? "unknown"}`)}</td>
                    <td className="py-2 pe-4 font-mono text-sm">{s.ip ?? t("unknownIp")}</td>
                    <td className="py-2">
                      {s.locked ? (
                        <Badge variant="destructive">{t("locked")}</Badge>
                      ) : (
                        <Badge variant={outcomeVariant[s.outcome]}>
                          {t(`outcomes.${s.outcome}`)}
                          {reason(s) ? `（${reason(s)}）` : null}
                        </Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
