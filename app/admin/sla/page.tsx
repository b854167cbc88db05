import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
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
          <Table
            rows={rules}
            rowKey={(r) => r.id}
            columns={[
              {
                key: "service",
                header: t("list.service"),
                cell: (r) =>
                  r.service
                    ? `${r.service.code} ${locale === "en" ? r.service.nameEn : r.service.name}`
                    : t("list.allServices"),
              },
              { key: "state", header: t("list.state"), cell: (r) => stateLabel(r.state) },
              { key: "hours", header: t("list.hours"), align: "end", numeric: true, cell: (r) => r.maxIdleHours },
            ]}
          />
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
