import "./slip-print.css";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddNodeForm } from "@/components/cases/add-node-form";
import { CasePersons } from "@/components/cases/case-persons";
import { CaseTimeline } from "@/components/cases/case-timeline";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { caseOfficerRoles } from "@/server/cases/case-officer-roles";
import { chinaToday } from "@/server/dates/china-today";

export async function generateMetadata() {
  const t = await getTranslations("cases.desk");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/** One case: its facts, the query persons (add, re-issue, revoke, print the slip) and its progress steps. */
export default async function CasePage({ params }: Props) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/cases/${id}`);
  if (!user.roles.some((r) => (caseOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  const detail = await getQueryClient()
    .fetchQuery({ ...trpc.cases.get.queryOptions({ id }), staleTime: 0 })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
      if (error instanceof TRPCError && error.code === "FORBIDDEN") redirect("/forbidden");
      throw error;
    });

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <Link href="/dashboard/cases" className="self-start text-primary underline underline-offset-4" data-print-hide>
        {t("detail.back")}
      </Link>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold break-all">{detail.caseNumber}</h1>
        <p className="text-lg">{detail.title}</p>
        <p className="text-muted-foreground">
          {[
            t(`types.${detail.type}`),
            detail.unitName,
            detail.officerName,
            format.dateTime(detail.createdAt, { dateStyle: "medium" }),
          ].join(" · ")}
        </p>
      </div>

      <Card aria-labelledby="case-persons">
        <CardHeader>
          <CardTitle id="case-persons">{t("detail.personsTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <CasePersons
            caseId={detail.id}
            caseTitle={detail.title}
            unitName={detail.unitName}
            persons={detail.persons}
          />
        </CardContent>
      </Card>

      <Card aria-labelledby="case-nodes">
        <CardHeader>
          <CardTitle id="case-nodes">{t("detail.nodesTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          <CaseTimeline nodes={detail.nodes} emptyText={t("detail.nodesEmpty")} />
          <div className="border-t border-border pt-4">
            <AddNodeForm caseId={detail.id} today={chinaToday()} />
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
