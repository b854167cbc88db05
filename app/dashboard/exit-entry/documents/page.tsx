import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { DocumentRegisterPanel } from "./document-register-panel";

export async function generateMetadata() {
  const t = await getTranslations("exitEntry.documents");
  return { title: t("title") };
}

export default async function ExitEntryDocumentsPage() {
  const user = await requireDashboardPage("/dashboard/exit-entry/documents");
  if (!user.roles.some((r) => (exitEntryOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const t = await getTranslations("exitEntry.documents");
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <DocumentRegisterPanel />
    </div>
  );
}
