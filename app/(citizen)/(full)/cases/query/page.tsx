import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseQueryForm } from "@/components/cases/case-query-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases.query");
  return { title: t("title"), robots: { index: false } };
}

/** 案件查询: for a case's registered parties and family, signed in and real-name verified. */
export default async function CaseQueryPage() {
  await requireCitizenPage("/cases/query");
  const [t, status] = await Promise.all([
    getTranslations("cases.query"),
    getQueryClient().fetchQuery({ ...trpc.registration.status.queryOptions(), staleTime: 0 }),
  ]);
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {status.verification !== "verified" ? (
        <Alert variant="warning" role="note" title={t("unverifiedTitle")}>
          {t("unverifiedBody")}
        </Alert>
      ) : (
        <Card>
          <CardContent className="pt-4 sm:pt-5">
            <CaseQueryForm />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
