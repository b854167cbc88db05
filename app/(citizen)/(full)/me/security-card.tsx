import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Separator } from "@/components/ui/separator";
import { ChangePasswordForm } from "./change-password-form";
import { ChangePhoneForm } from "./change-phone-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

function Part({ id, title, intro, children }: { id: string; title: string; intro: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <p className="text-sm text-muted-foreground">{intro}</p>
      {children}
    </section>
  );
}

export async function SecurityCard() {
  const t = await getTranslations("me.security");
  return (
    <Card aria-labelledby="me-security">
      <CardHeader>
        <CardTitle id="me-security">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <Part id="me-change-phone" title={t("changePhone.title")} intro={t("changePhone.intro")}>
          <ChangePhoneForm />
        </Part>
        <Separator />
        <Part id="me-change-password" title={t("changePassword.title")} intro={t("changePassword.intro")}>
          <ChangePasswordForm />
        </Part>
        <Separator />
        <Part id="me-sign-out-everywhere" title={t("signOutEverywhere.title")} intro={t("signOutEverywhere.intro")}>
          <SignOutEverywhere />
        </Part>
        <Separator />
        <Part id="me-download" title={t("download.title")} intro={t("download.intro")}>
          {/* A plain link: the route answers with an attachment, so the browser saves it and stays here. */}
          <a href="/me/data" download className={buttonVariants({ variant: "outline", className: "self-start" })}>
            <Download aria-hidden="true" />
            {t("download.button")}
          </a>
        </Part>
      </CardContent>
    </Card>
  );
}
