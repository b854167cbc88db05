import { Building2 } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** The way from the profile to the companies the citizen acts for. */
export async function OrganisationsCard() {
  const t = await getTranslations("organisations");
  return (
    <Card aria-labelledby="me-organisations">
      <CardHeader>
        <CardTitle id="me-organisations" className="flex items-center gap-2">
          <Building2 aria-hidden="true" className="size-5 text-primary" />
          {t("meCardTitle")}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <p className="text-muted-foreground">{t("meCardBody")}</p>
        <Link href="/me/organisations" className={buttonVariants({ variant: "outline", className: "self-start" })}>
          {t("meCardLink")}
        </Link>
      </CardContent>
    </Card>
  );
}
