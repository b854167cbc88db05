import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { NoticeDraftForm } from "@/components/notices/notice-draft-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { noticeOfficerRoles } from "@/server/notices/notice-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("notices.draft");
  return { title: t("new") };
}

/**
 * A new notice of the officer's unit, on one of the boards its unit type publishes on; the period starts today
 * and lasts a week, or the first board's shortest period where that is longer.
 */
export default async function NewNoticePage() {
  const user = await requireDashboardPage("/dashboard/notices/new");
  if (!user.roles.some((r) => (noticeOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, locale, services] = await Promise.all([
    getTranslations("notices"),
    getLocale(),
    getQueryClient().fetchQuery(trpc.notices.draftBoards.queryOptions({})),
  ]);
  const today = chinaToday();
  const days = Math.min(Math.max(7, services[0]?.periodDays.min ?? 7), services[0]?.periodDays.max ?? 7);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Link href="/dashboard/notices" className="self-start text-primary underline underline-offset-4">
        {t("desk.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("draft.new")}</h1>
      <p className="text-muted-foreground">{t("draft.intro")}</p>
      {services.length === 0 ? (
        <Alert variant="warning">{t("draft.noBoards")}</Alert>
      ) : (
        <NoticeDraftForm
          services={services.map((s) => ({
            code: s.code,
            label: `${s.code} ${locale === "en" ? s.nameEn : s.name}`,
            periodDays: s.periodDays,
            objections: s.objections,
          }))}
          initial={{
            serviceCode: services[0]?.code ?? "",
            title: "",
            body: "",
            firstDay: today,
            lastDay: addDays(today, days - 1),
          }}
        />
      )}
    </div>
  );
}
