import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { fetchMyUnit } from "@/components/orgs/fetch-my-unit";
import { unitLabel } from "@/components/orgs/unit-label";
import { ConsoleShell } from "@/components/shell/console-shell";
import type { NavItem } from "@/components/shell/nav-disclosure";
import { accidentOfficerRoles } from "@/server/accidents/load-accident-for-actor";
import { citizenLookupRoles } from "@/server/accounts/lookup-citizen";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { isAdmin } from "@/server/accounts/session-user";
import { appointmentDeskRoles } from "@/server/appointments/appointment-desk";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { queueStatesFor } from "@/server/applications/list-application-queue";
import type { Locale } from "@/server/i18n/config";
import { caseOfficerRoles } from "@/server/cases/case-officer-roles";
import { recordViolationRoles } from "@/server/traffic/record-violation";
import { reportOfficerRoles } from "@/server/reports/report-officer-roles";
import { noticeOfficerRoles } from "@/server/notices/notice-officer-roles";
import { lostFoundDeskRoles } from "@/server/lost-found/lost-found-roles";
import { registerDeskRoles } from "@/server/registers/registers";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDashboardPage("/dashboard");
  const [
    t,
    desk,
    traffic,
    supervision,
    accidents,
    cases,
    exitEntry,
    appointmentDesk,
    reports,
    notices,
    lostFound,
    registers,
    locale,
    myUnit,
  ] = await Promise.all([
    getTranslations("shell"),
    getTranslations("desk.nav"),
    getTranslations("traffic.record"),
    getTranslations("supervision"),
    getTranslations("accidents"),
    getTranslations("cases"),
    getTranslations("exitEntry"),
    getTranslations("appointments.desk"),
    getTranslations("reports.desk"),
    getTranslations("notices.desk"),
    getTranslations("lostFound.desk"),
    getTranslations("registers"),
    getLocale(),
    fetchMyUnit(user),
  ]);
  const unit = myUnit?.chain.at(-1);
  const nav: NavItem[] = [{ href: "/dashboard", label: t("nav.dashboardHome") }];
  if (user.roles.some((r) => (citizenLookupRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/citizens", label: t("nav.citizens") });
  }
  if (user.roles.includes("supervisor")) {
    nav.push({ href: "/dashboard/supervision", label: supervision("nav") });
    nav.push({ href: "/dashboard/metrics", label: supervision("metricsNav") });
  }
  if (queueStatesFor(user.roles).length) nav.push({ href: "/dashboard/applications", label: desk("applications") });
  if (user.roles.includes("window_officer")) nav.push({ href: "/dashboard/window", label: desk("window") });
  if (user.roles.some((r) => (recordViolationRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/traffic/violations/new", label: traffic("nav") });
  }
  if (user.roles.some((r) => (accidentOfficerRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/traffic/accidents", label: accidents("queue.nav") });
  }
  if (user.roles.includes("insurer")) nav.push({ href: "/dashboard/claims", label: accidents("claims.nav") });
  if (user.roles.some((r) => (caseOfficerRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/cases", label: cases("nav") });
  }
  if (user.roles.some((r) => (reportOfficerRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/reports", label: reports("title") });
  }
  if (user.roles.some((r) => (noticeOfficerRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/notices", label: notices("title") });
  }
  if (user.roles.some((r) => (exitEntryOfficerRoles as readonly string[]).includes(r))) {
    nav.push(
      { href: "/dashboard/exit-entry/documents", label: exitEntry("nav") },
      { href: "/dashboard/exit-entry/endorsements", label: exitEntry("endorsement.nav") },
    );
  }
  if (user.roles.some((r) => (appointmentDeskRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/appointments", label: appointmentDesk("nav") });
  }
  if (user.roles.some((r) => (lostFoundDeskRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/lost-found", label: lostFound("nav") });
  }
  if (user.roles.some((r) => (registerDeskRoles as readonly string[]).includes(r))) {
    nav.push({ href: "/dashboard/registers", label: registers("nav") });
  }
  if (isAdmin(user)) nav.push({ href: "/admin", label: t("nav.admin") });
  nav.push({ href: "/", label: t("nav.portal") });
  const detail = unit ? unitLabel(unit, locale as Locale) : user.roles.map((r) => t(`roles.${r}`)).join(" · ");
  return (
    <NextIntlClientProvider>
      <ConsoleShell brand={t("dashboardBrand")} homeHref="/dashboard" nav={nav} user={{ name: user.name, detail }}>
        {children}
      </ConsoleShell>
    </NextIntlClientProvider>
  );
}
