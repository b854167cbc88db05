import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PreferencesBar } from "@/components/preferences/preferences-bar";
import { BrandLink } from "@/components/shell/brand-link";
import { SiteFooter } from "@/components/shell/site-footer";

/** The staff entrance: a plain frame for sign-in and authenticator setup, before the back office opens. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const shell = await getTranslations("shell");
  const t = await getTranslations("auth");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="on-dark bg-primary text-primary-foreground">
        <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-1 px-4 py-2">
          <BrandLink href="/staff/login" title={shell("brand")} tagline={t("staff.brand")} />
          <PreferencesBar />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-10">
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </main>
      <SiteFooter />
    </div>
  );
}
