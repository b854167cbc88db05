import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { homePath } from "@/server/accounts/home-path";
import { PasswordResetFlow } from "./password-reset-flow";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("title"), robots: { index: false } };
}

export default async function PasswordResetPage() {
  const user = await currentUser();
  if (user) redirect(homePath(user));
  const t = await getTranslations("passwordReset");
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
          <PasswordResetFlow />
          <p className="border-t border-border pt-4">
            <Link href="/login" className="font-medium text-primary underline">
              {t("backToLogin")}
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
