import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TotpSetupFlow } from "./totp-setup-flow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("totpSetup.title"), robots: { index: false } };
}

export default async function TotpSetupPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto w-full max-w-lg">
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">
            {t("totpSetup.heading")}
          </CardTitle>
          <CardDescription className="text-base">{t("totpSetup.intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <TotpSetupFlow />
          <p className="border-t border-border pt-4">
            <Link href="/staff/login" className="text-primary underline">
              {t("totpSetup.backToLogin")}
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
