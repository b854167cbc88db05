import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { fetchMyUnit } from "@/components/orgs/fetch-my-unit";
import { unitLabel } from "@/components/orgs/unit-label";
import { Alert } from "@/components/ui/alert";
import { citizenLookupRoles } from "@/server/accounts/lookup-citizen";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { accountUnlockRoles } from "@/server/accounts/unlock-account";
import { windowVerificationRoles } from "@/server/accounts/verify-citizen-at-window";
import type { Locale } from "@/server/i18n/config";
import { CitizenLookupPanel } from "./citizen-lookup-panel";

export async function generateMetadata() {
  const t = await getTranslations("citizens");
  return { title: t("title") };
}

function hasAnyRole(roles: readonly string[], allowed: readonly string[]) {
  return roles.some((r) => allowed.includes(r));
}

export default async function CitizensPage() {
  const user = await requireDashboardPage("/dashboard/citizens");
  if (!hasAnyRole(user.roles, citizenLookupRoles)) redirect("/forbidden");
  const [t, locale, myUnit] = await Promise.all([
    getTranslations("citizens"),
    getLocale() as Promise<Locale>,
    fetchMyUnit(user),
  ]);
  const unit = myUnit?.chain.at(-1);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <Alert role="note">{unit ? t("scope", { unit: unitLabel(unit, locale) }) : t("scopeNoUnit")}</Alert>
      <CitizenLookupPanel
        canUnlock={hasAnyRole(user.roles, accountUnlockRoles)}
        canVerify={hasAnyRole(user.roles, windowVerificationRoles)}
      />
    </div>
  );
}
