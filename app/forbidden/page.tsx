import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonVariants } from "@/components/ui/button";
import { currentUser } from "@/server/accounts/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("forbidden.title"), robots: { index: false } };
}

/**
 * Where page guards send a signed-in user whose role may not open the page. A redirect target cannot
 * carry a 403 status in the App Router, so the page says it plainly instead.
 */
export default async function ForbiddenPage() {
  const t = await getTranslations("auth");
  const user = await currentUser();
  return (
    <main
      id="main"
      tabIndex={-1}
      className="mx-auto flex min-h-dvh w-full max-w-lg flex-col justify-center gap-4 px-4 py-10"
    >
      <p className="text-sm font-semibold tracking-wide text-destructive">{t("forbidden.status")}</p>
      <h1 className="text-2xl font-bold">{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/" className={buttonVariants({ variant: "primary" })}>
          {t("forbidden.home")}
        </Link>
        {user ? <SignOutButton /> : null}
      </div>
    </main>
  );
}
