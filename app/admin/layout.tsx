import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ConsoleShell } from "@/components/shell/console-shell";
import type { NavItem } from "@/components/shell/nav-disclosure";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { canUseDashboard } from "@/server/accounts/session-user";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireAdminPage("/admin");
  const t = await getTranslations("shell");
  const nav: NavItem[] = [
    { href: "/admin", label: t("nav.adminHome") },
    { href: "/admin/org", label: t("nav.orgs") },
    { href: "/admin/officers", label: t("nav.officers") },
    { href: "/admin/audit", label: t("nav.audit") },
    { href: "/admin/metrics", label: t("nav.metrics") },
    { href: "/admin/sms-templates", label: t("nav.smsTemplates") },
    { href: "/admin/sla", label: t("nav.sla") },
    { href: "/admin/payments", label: t("nav.payments") },
    { href: "/admin/services", label: t("nav.catalog") },
    { href: "/admin/layouts", label: t("nav.layouts") },
    { href: "/admin/jobs", label: t("nav.jobs") },
  ];
  if (canUseDashboard(user)) nav.push({ href: "/dashboard", label: t("nav.dashboard") });
  nav.push({ href: "/", label: t("nav.portal") });
  return (
    <NextIntlClientProvider>
      <ConsoleShell
        brand={t("adminBrand")}
        homeHref="/admin"
        nav={nav}
        user={{ name: user.name, detail: t("roles.admin") }}
      >
        {children}
      </ConsoleShell>
    </NextIntlClientProvider>
  );
}
