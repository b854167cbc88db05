import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { PreferencesBar } from "@/components/preferences/preferences-bar";
import { Separator } from "@/components/ui/separator";
import { BrandLink } from "./brand-link";
import { NavDisclosure, type NavItem, NavLinks, NavPanel, NavToggle } from "./nav-disclosure";
import { SiteFooter } from "./site-footer";

/**
 * The back-office frame shared by the police dashboard and the admin console: a header with the product
 * and the signed-in staff member, a side navigation on wide screens that becomes a menu button on phones,
 * and the common footer.
 */
export async function ConsoleShell({
  brand,
  homeHref,
  nav,
  user,
  children,
}: {
  brand: string;
  homeHref: string;
  nav: NavItem[];
  /** `detail` is the unit or role shown under the name. */
  user: { name: string; detail?: string | null };
  children: React.ReactNode;
}) {
  const t = await getTranslations("shell");
  const identity = (
    <p className="flex min-w-0 flex-col leading-tight">
      <span className="truncate font-medium">{user.name}</span>
      {user.detail ? <span className="truncate text-sm opacity-90">{user.detail}</span> : null}
    </p>
  );
  return (
    <NavDisclosure>
      <div className="flex min-h-dvh flex-col">
        <header className="on-dark bg-primary text-primary-foreground">
          <div className="flex items-center gap-3 px-4 py-2">
            <BrandLink href={homeHref} title={brand} tagline={t("brand")} />
            <div className="ms-auto hidden min-w-0 md:block">{identity}</div>
            <NavToggle openLabel={t("openMenu")} closeLabel={t("closeMenu")} className="ms-auto" />
          </div>
        </header>
        <div className="flex flex-1 flex-col md:flex-row">
          <NavPanel className="flex-col gap-4 border-b border-border bg-surface p-4 md:w-64 md:shrink-0 md:border-e md:border-b-0">
            <div className="md:hidden">{identity}</div>
            <NavLinks
              items={nav}
              label={t("mainNav")}
              className="flex flex-col gap-1"
              linkClassName="flex min-h-tap items-center rounded-md px-3 font-medium text-foreground hover:bg-muted"
              activeClassName="bg-primary-soft text-primary"
            />
            <Separator />
            <PreferencesBar className="text-foreground" />
            <SignOutButton />
          </NavPanel>
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 md:p-6">
            {children}
          </main>
        </div>
        <SiteFooter />
      </div>
    </NavDisclosure>
  );
}
