import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
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
            <Table
              className="sm:min-w-[20rem] text-base"
              caption={t("members")}
              rows={household.members}
              rowKey={(m) => m.maskedIdNumber}
              columns={[
                {
                  key: "memberName",
                  header: t("memberName"),
                  cell: (m) => (
                    <>
                      {m.maskedName}
                      {m.self ? (
                        <Badge variant="primary" className="ms-2">
                          {t("self")}
                        </Badge>
                      ) : null}
                    </>
                  ),
                },
                { key: "relation", header: t("relation"), cell: (m) => m.relationToHead },
                {
                  key: "memberId",
                  header: t("memberId"),
                  numeric: true,
                  className: "font-mono text-sm",
                  cell: (m) => m.maskedIdNumber,
                },
              ]}
            />
          </>
        ) : (
          <p className="text-muted-foreground">{t("needsVerification")}</p>
        )}
      </CardContent>
    </Card>
  );
}
