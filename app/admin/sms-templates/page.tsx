import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminPage } from "@/server/accounts/page-guards";
import { TemplateEditor } from "./template-editor";

export async function generateMetadata() {
  const t = await getTranslations("smsTemplates");
  return { title: t("title") };
}

export default async function SmsTemplatesPage() {
  await requireAdminPage("/admin/sms-templates");
  const [t, devtools, templates] = await Promise.all([
    getTranslations("smsTemplates"),
    getTranslations("devtools.templates"),
    getQueryClient().fetchQuery(trpc.smsTemplates.list.queryOptions()),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {templates.map((entry) => (
        <Card key={entry.template} aria-labelledby={`sms-title-${entry.template}`} data-sms-template={entry.template}>
          <CardHeader>
            <CardTitle id={`sms-title-${entry.template}`} className="flex flex-wrap items-center gap-2">
              {devtools(entry.template as never)}
              {entry.edited ? <Badge variant="primary">{t("edited")}</Badge> : null}
            </CardTitle>
            <CardDescription>
              <code>{entry.template}</code> · {t("variables")}：
              {entry.variables.length ? entry.variables.map((v) => `{${v}}`).join(" ") : t("noVariables")}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <TemplateEditor template={entry.template} text={entry.text} edited={entry.edited} />
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
