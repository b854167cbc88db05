import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { homePath } from "@/server/accounts/home-path";
import { privacyNotice } from "@/server/accounts/privacy-notice";
import { RegistrationFlow } from "./registration-flow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registration");
  return { title: t("title"), robots: { index: false } };
}

export default async function RegisterPage() {
  const user = await currentUser();
  if (user) redirect(homePath(user));
  const [t, ta] = await Promise.all([getTranslations("registration"), getTranslations("auth")]);
  return (
    <div className="mx-auto w-full max-w-md">
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">
            {t("heading")}
          </CardTitle>
          <CardDescription className="text-base">{t("intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <RegistrationFlow consentVersion={privacyNotice.version} />
          <p className="border-t border-border pt-4">
            {ta("login.haveAccount")}{" "}
            <Link href="/login" className="font-medium text-primary underline">
              {ta("login.signInLink")}
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
