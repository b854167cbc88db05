import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { MyProfile } from "@/server/accounts/get-my-profile";
import { Facts } from "./facts";

export async function AccountCard({ profile }: { profile: MyProfile }) {
  const t = await getTranslations("me");
  const verified = profile.verification === "verified";
  return (
    <Card aria-labelledby="me-account">
      <CardHeader>
        <CardTitle id="me-account">{t("account.title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <Facts
          items={[
            [t("account.name"), profile.maskedName],
            [t("account.idNumber"), profile.maskedIdNumber ?? t("account.none")],
            [t("account.phone"), profile.maskedPhone ?? t("account.none")],
            [
              t("account.verification"),
              <Badge key="v" variant={verified ? "success" : "warning"}>
                {verified ? t("account.verified") : t("account.unverified")}
              </Badge>,
            ],
          ]}
        />
        {verified ? null : (
          <Alert variant="warning" role="note" title={t("unverified.title")}>
            <p>{t("unverified.limits")}</p>
            <p className="mt-2">{t("unverified.howTo")}</p>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
