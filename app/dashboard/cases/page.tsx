import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { RegisterCaseForm } from "@/components/cases/register-case-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { caseOfficerRoles } from "@/server/cases/case-officer-roles";

export async function generateMetadata() {
  const t = await getTranslations("cases.desk");
  return { title: t("title") };
}

/** The handling unit's case registry: register a case, and the newest cases of the jurisdiction. */
export default async function CasesPage() {
  const user = await requireDashboardPage("/dashboard/cases");
  if (!user.roles.some((r) => (caseOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, format, options, cases] = await Promise.all([
    getTranslations("cases"),
    getFormatter(),
    getQueryClient().fetchQuery(trpc.cases.formOptions.queryOptions()),
    getQueryClient().fetchQuery({ ...trpc.cases.list.queryOptions(), staleTime: 0 }),
  ]);

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("desk.title")}</h1>
        <p className="text-muted-foreground">{t("desk.intro")}</p>
      </div>

      <Card aria-labelledby="register-case">
        <CardHeader>
          <CardTitle id="register-case">{t("desk.registerTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <RegisterCaseForm options={options} defaultUnitId={user.orgUnitId} defaultOfficerId={user.id} />
        </CardContent>
      </Card>

      <Card aria-labelledby="case-list">
        <CardHeader>
          <CardTitle id="case-list">{t("desk.listTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          {cases.length === 0 ? (
            <p className="text-muted-foreground">{t("desk.listEmpty")}</p>
          ) : (
            <ul className="flex flex-col gap-3" data-testid="case-list">
              {cases.map((c) => (
                <li key={c.id} className="rounded-lg border border-border p-4">
                  <Link
                    href={`/dashboard/cases/${c.id}`}
                    aria-label={t("desk.open", { caseNumber: c.caseNumber })}
                    className="font-semibold text-primary underline underline-offset-4 break-all"
                  >
                    {c.caseNumber}
                  </Link>
                  <p>{c.title}</p>
                  <p className="text-sm text-muted-foreground">
                    {[
                      t(`types.${c.type}`),
                      c.unitName,
                      c.officerName,
                      `${t("desk.persons")} ${c.activePersons}`,
                      `${t("desk.lastNode")} ${c.lastNodeKind ? t(`kinds.${c.lastNodeKind as "accepted"}`) : t("desk.noNode")}`,
                      `${t("desk.createdAt")} ${format.dateTime(c.createdAt, { dateStyle: "medium" })}`,
                    ].join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
