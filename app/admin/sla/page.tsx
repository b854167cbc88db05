import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { Locale } from "@/server/i18n/config";
import { supervisedStates } from "@/server/supervision/idle-deadline";
import { SlaRuleForm } from "./sla-rule-form";

export async function generateMetadata() {
  const t = await getTranslations("slaRules");
  return { title: t("title") };
}

export default async function SlaRulesPage() {
  await requireAdminPage("/admin/sla");
  const [t, desk, locale, rules] = await Promise.all([
    getTranslations("slaRules"),
    getTranslations("desk"),
    getLocale() as Promise<Locale>,
    getQueryClient().fetchQuery(trpc.slaRules.list.queryOptions()),
  ]);
  const stateLabel = (state: string) => desk(`states.${state}` as never);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <Card aria-labelledby="sla-rules">
        <CardHeader>
          <CardTitle id="sla-rules">{t("list.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <table className="w-full text-start text-sm">
            <thead>
              <tr className="border-b border-border text-muted-foreground">
                <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.service")}</th>
                <th scope="col" className="py-2 pe-3 text-start font-medium">{t("list.state")}</th>
                <th scope="col" className="py-2 text-end font-medium">{t("list.hours")}</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr key={r.id} className="border-b border-border last:border-0">
                  <td className="py-2 pe-3">{r.service ? `${r.service.code} ${locale === "en" ? r.service.nameEn : r.service.name}` : t("list.allServices")}</td>
                  <td className="py-2 pe-3">{stateLabel(r.state)}</td>
                  <td className="py-2 text-end tabular-nums">{r.maxIdleHours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <Card aria-labelledby="sla-form">
        <CardHeader>
          <CardTitle id="sla-form">{t("form.title")}</CardTitle>
          <CardDescription>{t("form.intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SlaRuleForm states={supervisedStates.map((s) => ({ value: s, label: stateLabel(s) }))} />
        </CardContent>
      </Card>
    </div>
  );
}
