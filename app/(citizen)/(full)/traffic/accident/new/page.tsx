import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccidentReportForm } from "@/components/accidents/accident-report-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accidents.report");
  return { title: t("title"), robots: { index: false } };
}

/** Reporting: the eligibility gate first, then the accident and the reporter's details. */
export default async function NewAccidentPage() {
  await requireCitizenPage("/traffic/accident/new");
  const [t, tGate, choices] = await Promise.all([
    getTranslations("accidents.report"),
    getTranslations("accidents.gate"),
    getQueryClient().fetchQuery(trpc.accidents.choices.queryOptions()),
  ]);
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{tGate("title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <AccidentReportForm insurers={choices.insurers} units={choices.units} me={choices.me} />
        </CardContent>
      </Card>
    </div>
  );
}
