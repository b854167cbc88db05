import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { homePath } from "@/server/accounts/home-path";
import { safeNextPath } from "@/server/accounts/safe-next-path";
import { StaffSignInForm } from "./staff-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("staff.title"), robots: { index: false } };
}

type Search = { next?: string | string[]; enrolled?: string | string[] };

export default async function StaffLoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const next = safeNextPath(search.next);
  const user = await currentUser();
  if (user) redirect(next ?? homePath(user));

  const t = await getTranslations("auth");
  return (
    <div className="mx-auto w-full max-w-md">
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">
            {t("staff.heading")}
          </CardTitle>
          <CardDescription className="text-base">{t("staff.intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          {search.enrolled === "1" ? <Alert variant="success">{t("staff.enrolled")}</Alert> : null}
          <StaffSignInForm next={next} />
          <ul className="flex flex-col gap-2 border-t border-border pt-4">
            <li>
              <Link href="/staff/totp-setup" className="font-medium text-primary underline">
                {t("staff.enrolLink")}
              </Link>
            </li>
            <li>
              <Link href="/login" className="text-primary underline">
                {t("staff.citizenLink")}
              </Link>
            </li>
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
