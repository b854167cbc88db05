import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { StarSymbol } from "@/components/catalog/star-symbol";
import { PreferencesBar } from "@/components/preferences/preferences-bar";
import { BrandLink } from "@/components/shell/brand-link";
import { NavDisclosure, type NavItem, NavLinks, NavPanel, NavToggle } from "@/components/shell/nav-disclosure";
import { SiteFooter } from "@/components/shell/site-footer";
import { currentUser } from "@/server/accounts/current-user";
import { canUseDashboard, isAdmin, isCitizen } from "@/server/accounts/session-user";
import { maskName } from "@/server/crypto/mask";

/** The public portal's frame: a light header (server-rendered; only the phone menu button runs script). */
export default async function CitizenLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  const t = await getTranslations("shell");
  const tApplications = await getTranslations("applications.list");
  const tTraffic = await getTranslations("traffic");
  const tAccidents = await getTranslations("accidents");
  const tAppointments = await getTranslations("appointments");
  const nav: NavItem[] = [
    { href: "/", label: t("nav.home") },
    { href: "/services", label: t("nav.services") },
    { href: "/traffic/violations", label: tTraffic("nav") },
    { href: "/traffic/accident", label: tAccidents("title") },
  ];
  if (isCitizen(user))
    nav.push(
      { href: "/me/applications", label: tApplications("title") },
      { href: "/appointments", label: tAppointments("title") },
      { href: "/me", label: t("nav.me") },
    );
  if (canUseDashboard(user)) nav.push({ href: "/dashboard", label: t("nav.dashboard") });
  if (isAdmin(user)) nav.push({ href: "/admin", label: t("nav.admin") });
  return (
    <NavDisclosure>
      <div className="flex min-h-dvh flex-col">
        <div className="on-dark bg-primary-hover text-primary-foreground">
          <div className="mx-auto flex w-full max-w-6xl justify-end px-4">
            <PreferencesBar />
          </div>
        </div>
        <header className="on-dark bg-primary text-primary-foreground">
          <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-between gap-x-6 px-4 py-2">
            <BrandLink href="/" title={t("brand")} tagline={t("brandTagline")} />
            <NavToggle openLabel={t("openMenu")} closeLabel={t("closeMenu")} />
            <NavPanel className="w-full flex-col gap-2 pt-2 pb-3 md:w-auto md:flex-row md:items-center md:gap-6 md:p-0">
              <NavLinks
                items={nav}
                label={t("mainNav")}
                className="flex flex-col gap-1 md:flex-row md:gap-4"
                linkClassName="flex min-h-tap items-center rounded-md px-2 font-medium hover:bg-white/10"
                activeClassName="underline decoration-accent decoration-2 underline-offset-8"
              />
              {user ? (
                <div className="flex flex-wrap items-center gap-3 border-t border-white/20 pt-3 md:border-0 md:pt-0">
                  <span className="text-sm">{t("signedInAs", { name: maskName(user.name) })}</span>
                  <SignOutButton />
                </div>
              ) : (
                <Link
                  href="/login"
                  className="inline-flex min-h-tap items-center justify-center rounded-md bg-surface px-4 font-medium text-primary no-underline hover:bg-primary-soft"
                >
                  {t("signIn")}
                </Link>
              )}
            </NavPanel>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 md:py-8">
          {children}
        </main>
        <SiteFooter staffSignIn={!user} />
        {isCitizen(user) ? <StarSymbol /> : null}
      </div>
    </NavDisclosure>
  );
}
