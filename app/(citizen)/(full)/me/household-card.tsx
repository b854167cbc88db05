import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyHousehold } from "@/server/accounts/get-my-profile";
import { Facts } from "./facts";

export async function HouseholdCard({ household }: { household: MyHousehold | null }) {
  const t = await getTranslations("me.household");
  return (
    <Card aria-labelledby="me-household">
      <CardHeader>
        <CardTitle id="me-household">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {household ? (
          <>
            <Facts
              items={[
                [t("number"), household.householdNumber],
                [t("type"), t(`types.${household.type}`)],
                [t("address"), household.address],
                [
                  t("station"),
                  <span key="s">
                    {household.station.name}
                    {household.station.address ? (
                      <span className="block text-sm text-muted-foreground">{household.station.address}</span>
                    ) : null}
                  </span>,
                ],
              ]}
            />
            <div className="overflow-x-auto">
              <table className="w-full min-w-[20rem] text-start">
                <caption className="pb-2 text-start font-semibold">{t("members")}</caption>
                <thead className="border-b border-border text-sm text-muted-foreground">
                  <tr>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">{t("memberName")}</th>
                    <th scope="col" className="py-2 pe-4 text-start font-medium">{t("relation")}</th>
                    <th scope="col" className="py-2 text-start font-medium">{t("memberId")}</th>
                  </tr>
                </thead>
                <tbody>
                  {household.members.map((m) => (
                    <tr key={m.maskedIdNumber} className="border-b border-border last:border-0">
                      <td className="py-2 pe-4">
                        {m.maskedName}
                        {m.self ? (
                          <Badge variant="primary" className="ms-2">
                            {t("self")}
                          </Badge>
                        ) : null}
                      </td>
                      <td className="py-2 pe-4">{m.relationToHead}</td>
                      <td className="py-2 font-mono text-sm tabular-nums">{m.maskedIdNumber}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="text-muted-foreground">{t("needsVerification")}</p>
        )}
      </CardContent>
    </Card>
  );
}
